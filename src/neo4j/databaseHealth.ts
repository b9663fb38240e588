import type { Driver } from 'neo4j-driver';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

export type DatabaseState = 'up' | 'down' | 'restarting';

export interface DatabaseStatus {
  state: DatabaseState;
  /** ISO time of the last change of state */
  since: string;
  /** why it is not up, in words a reader can act on (no address, no driver text) */
  reason: string | null;
  /** how many times the embedded Neo4j was restarted after it died */
  restarts: number;
}

export interface DatabaseHealth {
  status(): DatabaseStatus;
  /** throws DATABASE_UNAVAILABLE at once while the database is known to be down */
  assertUp(): void;
  /** a statement met an outage: fail fast from now on and probe until it answers again */
  markDown(reason: string, state?: DatabaseState): void;
  /** the embedded Neo4j was restarted */
  countRestart(): void;
  /** resolves true once the database is up, false when `ms` pass first */
  waitUntilUp(ms: number): Promise<boolean>;
  close(): void;
}

/**
 * What the service knows of its database between statements: after an outage (a statement that
 * found it unreachable, or the embedded Neo4j exiting), every request fails fast with
 * DATABASE_UNAVAILABLE instead of waiting out connection timeouts, while a probe asks the server
 * once a second and clears the state when it answers.
 */
export function createDatabaseHealth({ driver, database, probeEveryMs = 1_000 }: { driver: Driver; database?: string; probeEveryMs?: number }): DatabaseHealth {
  let status: DatabaseStatus = { state: 'up', since: new Date().toISOString(), reason: null, restarts: 0 };
  let probe: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];
  let closed = false;
  const set = (state: DatabaseState, reason: string | null) => {
    if (status.state !== state) status = { ...status, state, since: new Date().toISOString(), reason };
    else status = { ...status, reason };
    if (state === 'up') {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  const schedule = () => {
    if (probe || closed) return;
    probe = setTimeout(() => {
      probe = undefined;
      withTimeout(driver.getServerInfo({ database }), Math.max(500, probeEveryMs)).then(() => set('up', null), schedule);
    }, probeEveryMs);
    probe.unref();
  };
  return {
    status: () => status,
    assertUp() {
      if (status.state === 'up') return;
      throw new DomainError(ErrorCode.DatabaseUnavailable, `The graph database is unavailable (${status.reason ?? 'it does not answer'}); retry later, /ready says when it is back`, { state: status.state });
    },
    markDown(reason, state = 'down') {
      set(state, reason);
      schedule();
    },
    countRestart() {
      status = { ...status, restarts: status.restarts + 1 };
    },
    waitUntilUp(ms) {
      if (status.state === 'up') return Promise.resolve(true);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== wake);
          resolve(false);
        }, ms);
        waiters.push(wake);
      });
    },
    close() {
      closed = true;
      clearTimeout(probe);
      for (const wake of waiters) wake();
    },
  };
}

// the driver's own connection timeout is for queries; a probe must answer faster than that
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
