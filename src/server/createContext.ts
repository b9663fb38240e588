import { timingSafeEqual } from 'node:crypto';
import type { DataSources } from '../data/createDataSources.js';

export interface Context {
  data: DataSources;
  /** true when the request carried the configured write token */
  canWrite: boolean;
}

export interface CreateContextOptions {
  data: DataSources;
  writeToken: string | null;
  authorization: string | undefined;
}

/** One context per request: per-request caches (DataLoaders) live here and die with the request. */
export function createContext({ data, writeToken, authorization }: CreateContextOptions): Context {
  return { data, canWrite: writeToken !== null && authorization !== undefined && sameSecret(authorization, `Bearer ${writeToken}`) };
}

// a plain === leaks, through its timing, how much of the token a guess got right
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
