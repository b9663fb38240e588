import { describe, expect, it } from 'vitest';
import { createErrorLog } from '../../src/server/errorLogPlugin.js';

describe('the error log', () => {
  it('writes each internal error once with its request id, and client errors only as a summary a minute', () => {
    const lines: string[] = [];
    let now = 0;
    const log = createErrorLog(
      (line) => lines.push(line),
      () => now,
    );
    for (let i = 0; i < 20_000; i++) log.client(i % 3 === 0 ? 'GRAPHQL_PARSE_FAILED' : 'BAD_USER_INPUT');
    expect(lines).toEqual([]);
    now = 61_000;
    log.client('BAD_REQUEST');
    expect(lines).toEqual(['client errors in the last 61 s: GRAPHQL_PARSE_FAILED×6667, BAD_USER_INPUT×13333, BAD_REQUEST×1']);
    log.internal('req-42', 'operation Explore at town.directors', new Error('boom'));
    expect(lines[1]).toMatch(/^\[req-42\] internal error in operation Explore at town\.directors: Error: boom\n\s+at /);
    expect(lines).toHaveLength(2);
  });
});
