import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

export interface Bound {
  min: number;
  max: number;
  /** what an absent argument means */
  default: number;
}

/**
 * A numeric argument within its bound, or the bound's default when absent. Every limit the API
 * sets (page sizes, hops, depths, list lengths) is checked here, so each refusal reads the same:
 * BAD_USER_INPUT naming the argument, its range and what arrived, before any statement runs.
 */
export function bounded(argument: string, value: number | null | undefined, { min, max, default: fallback }: Bound): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(ErrorCode.BadUserInput, `${argument} must be an integer from ${min} to ${max}; got ${value}`, { argument, min, max });
  }
  return value;
}
