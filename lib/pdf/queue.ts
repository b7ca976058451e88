/** Thrown when more jobs wait than the queue accepts: the caller should answer "try again shortly". */
export class QueueFullError extends Error {
  constructor() {
    super("Too many PDFs are being prepared; try again shortly");
    this.name = "QueueFullError";
  }
}

/**
 * Runs at most `concurrency` jobs at once, in arrival order, and refuses new
 * ones when `maxWaiting` are already waiting (Chromium is heavy on a small machine).
 */
export function createQueue({ concurrency, maxWaiting }: { concurrency: number; maxWaiting: number }) {
  let running = 0;
  const waiting: (() => void)[] = [];

  function release() {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  }

  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= maxWaiting) throw new QueueFullError();
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await job();
      } finally {
        release();
      }
    },
    get pending() {
      return { running, waiting: waiting.length };
    },
  };
}
