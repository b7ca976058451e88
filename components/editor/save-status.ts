/**
 * What the editor says about one save (#19), without React so it is tested
 * with fake timers: "saving" at once, "slow" ("Still saving…") when the answer
 * takes longer than SLOW_SAVE_MS, "saved" only when the action answered ok —
 * never before — and "stale" or "failed" otherwise (no "Saved" then).
 */
export type SaveStatus = "idle" | "saving" | "slow" | "saved" | "stale" | "failed";

export const SLOW_SAVE_MS = 2000;

export type SaveTracker = {
  /** Save was pressed: "saving", then "slow" after SLOW_SAVE_MS unless it answered. */
  start(): void;
  /** The action answered. */
  settle(result: { ok: boolean; code?: string }): void;
  /** Stops the timer (unmount). */
  dispose(): void;
};

export function createSaveTracker(onChange: (status: SaveStatus) => void, slowAfterMs = SLOW_SAVE_MS): SaveTracker {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    start() {
      clear();
      onChange("saving");
      timer = setTimeout(() => {
        timer = undefined;
        onChange("slow");
      }, slowAfterMs);
    },
    settle(result) {
      clear();
      onChange(result.ok ? "saved" : result.code === "STALE" ? "stale" : "failed");
    },
    dispose: clear,
  };
}

/**
 * The saveId of a press of Save: a new uuid per press, except that pressing
 * again with exactly the same input while the first press has no answer yet
 * (a double click that got through) or after an answer that never came (a
 * transport failure or timeout: INTERNAL from callAction) sends the same
 * save again, so a save that did commit is not stored twice.
 */
export function createSaveIds(newId: () => string = () => crypto.randomUUID()) {
  let last: { id: string; input: string; retryable: boolean } | null = null;
  return {
    next(input: unknown): string {
      const key = JSON.stringify(input) ?? "";
      const id = last && last.retryable && last.input === key ? last.id : newId();
      last = { id, input: key, retryable: true };
      return id;
    },
    answered(result: { ok: boolean; code?: string }) {
      if (last) last.retryable = !result.ok && result.code === "INTERNAL";
    },
  };
}
