import type { EdgeType, Label } from './style.js';

/** everything a link must carry to rebuild the view: what was opened, hidden, traced and filtered */
export interface ViewState {
  /** nodes expanded, in order */
  expanded: string[];
  hidden: string[];
  selected: string | null;
  path: [string, string] | null;
  coAttendance: string[];
  diffusion: string[];
  edgeTypes: EdgeType[] | null;
  labels: Label[] | null;
  from: string | null;
  to: string | null;
  size: 'degree' | 'pagerank';
}

export const emptyState = (): ViewState => ({
  expanded: [],
  hidden: [],
  selected: null,
  path: null,
  coAttendance: [],
  diffusion: [],
  edgeTypes: null,
  labels: null,
  from: null,
  to: null,
  size: 'degree',
});

// base64url of UTF-8 JSON in the fragment: ids hold '=' and '/', and Chinese dates/names are fine
export function encodeState(state: ViewState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeState(hash: string): ViewState {
  const match = /(?:^#|&)v=([A-Za-z0-9_-]+)/.exec(hash);
  if (!match?.[1]) return emptyState();
  try {
    const binary = atob(match[1].replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as Partial<ViewState>;
    return { ...emptyState(), ...parsed };
  } catch {
    // a link cut short or edited by hand opens an empty view rather than an error
    return emptyState();
  }
}
