interface Semaphore {
  /** resolves true with a turn, or false when `timeoutMs` passed first (the caller then holds nothing) */
  acquire: (timeoutMs?: number) => Promise<boolean>;
  /** hands the turn to the next waiter, in arrival order, or frees it */
  release: () => void;
}

/**
 * At most `limit` turns held at once; callers past it wait in arrival order. One mechanism for the
 * server's two bounds: a request's statements in flight, and expensive operations across requests.
 */
export function semaphore(limit: number): Semaphore {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    acquire(timeoutMs = Infinity) {
      if (running < limit) {
        running += 1;
        return Promise.resolve(true);
      }
      return new Promise((resolve) => {
        const turn = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = Number.isFinite(timeoutMs)
          ? setTimeout(() => {
              waiting.splice(waiting.indexOf(turn), 1);
              resolve(false);
            }, timeoutMs)
          : undefined;
        waiting.push(turn);
      });
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    },
  };
}
