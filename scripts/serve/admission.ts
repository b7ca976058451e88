// Admission for reading requests, so a crowd of readers can neither starve
// new connections nor hold up the editor (issues #16 and #19).
//
// Why: libuv accepts ONE new connection per event-loop iteration (strace: one
// accept4 per epoll_pwait), and an iteration runs the handler of every socket
// that became readable. With 200 keep-alive readers on /demo an iteration is
// 200 cache hits (~0.5–1 s), so new connections are accepted at 1–2 per
// second: the kernel's accept queue held 93–279 connections whose requests
// were sent and never read, and those readers timed out after 10 s while the
// ones already accepted were served in under a second (README "What a cache
// hit costs, and the starved readers"). The same crowd kept every awaited step
// of a save waiting a whole iteration.
//
// What: readers' requests (reading pages, their assets, the view beacon) are
// queued and at most `perTurn` of them start per loop iteration (a setImmediate
// pump), so an iteration stays short: the listening socket is polled, and a
// save's next step runs, every few milliseconds whatever the crowd. While a
// write or an editor's request is in flight, one reader starts per iteration,
// so each awaited step of a save waits behind one cache hit at most. Writes,
// the dashboard and the API start at once. A reader that hung up while queued
// is dropped without running. Nothing is refused: a queued request waits its
// turn in arrival order, and every turn starts at least one.
import type { IncomingMessage, ServerResponse } from "node:http";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Readers' traffic, which takes turns: reading pages and their assets (GET/HEAD outside the editor and the API)
 * and the view beacon a reading page sends. Everything else — server actions, the dashboard, the other API
 * routes (health checks, uploads, contact) — starts at once.
 */
export function isReading(request: IncomingMessage): boolean {
  const url = request.url ?? "/";
  if (url === "/api/views" || url.startsWith("/api/views?") || url.startsWith("/api/views/")) return true;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  return !(url === "/dashboard" || url.startsWith("/dashboard/") || url.startsWith("/dashboard?") || url.startsWith("/api/"));
}

export type Admission = {
  /** Hands the request to `handler` now (interactive) or when its turn comes (reading). */
  admit: (request: IncomingMessage, response: ServerResponse) => void;
  /** Reading requests waiting for their turn. */
  readonly queued: number;
};

/** `perTurn`: reading requests started per event-loop iteration (READS_PER_TURN, default 4); 0 starts every request at once. */
export function createAdmission(handler: Handler, perTurn: number): Admission {
  const queue: ([IncomingMessage, ServerResponse] | undefined)[] = [];
  let head = 0;
  let scheduled = false;
  // Interactive requests in flight: while there are any, one reader starts per turn, so each awaited
  // step of a save waits for at most one cache hit, not `perTurn` of them.
  let interactive = 0;

  const pump = () => {
    scheduled = false;
    let started = 0;
    const limit = interactive > 0 ? 1 : perTurn;
    while (started < limit && head < queue.length) {
      const [request, response] = queue[head]!;
      queue[head++] = undefined;
      // Gone while it waited (the client timed out or navigated away): nothing to answer.
      if (request.destroyed || response.destroyed || response.writableEnded) continue;
      started++;
      handler(request, response);
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  };

  return {
    admit(request, response) {
      if (perTurn === 0) return handler(request, response);
      if (!isReading(request)) {
        interactive++;
        response.once("close", () => interactive--);
        return handler(request, response);
      }
      queue.push([request, response]);
      schedule();
    },
    get queued() {
      return queue.length - head;
    },
  };
}
