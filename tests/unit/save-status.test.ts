import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSaveIds, createSaveTracker, SLOW_SAVE_MS, type SaveStatus } from "@/components/editor/save-status";

describe("save status (#19)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function track() {
    const seen: SaveStatus[] = [];
    return { seen, tracker: createSaveTracker((status) => seen.push(status)) };
  }

  it("says saving at once, still saving after 2 s, and saved only when the action answered ok", () => {
    const { seen, tracker } = track();
    tracker.start();
    expect(seen).toEqual(["saving"]);
    vi.advanceTimersByTime(SLOW_SAVE_MS - 1);
    expect(seen).toEqual(["saving"]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(["saving", "slow"]);
    vi.advanceTimersByTime(60_000);
    expect(seen).toEqual(["saving", "slow"]);
    tracker.settle({ ok: true });
    expect(seen).toEqual(["saving", "slow", "saved"]);
  });

  it("never says still saving for a quick answer", () => {
    const { seen, tracker } = track();
    tracker.start();
    vi.advanceTimersByTime(300);
    tracker.settle({ ok: true });
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual(["saving", "saved"]);
  });

  it("never says saved for a stale or failed save", () => {
    const { seen, tracker } = track();
    tracker.start();
    vi.advanceTimersByTime(SLOW_SAVE_MS);
    tracker.settle({ ok: false, code: "STALE" });
    tracker.start();
    tracker.settle({ ok: false, code: "INTERNAL" });
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual(["saving", "slow", "stale", "saving", "failed"]);
    expect(seen).not.toContain("saved");
  });

  it("stops its timer when disposed", () => {
    const { seen, tracker } = track();
    tracker.start();
    tracker.dispose();
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual(["saving"]);
  });
});

describe("save ids", () => {
  let n = 0;
  const ids = () => createSaveIds(() => `id-${++n}`);

  it("makes a new id per press of Save", () => {
    const saveIds = ids();
    const first = saveIds.next({ title: "A" });
    saveIds.answered({ ok: true });
    const second = saveIds.next({ title: "A" });
    expect(second).not.toBe(first);
  });

  it("reuses the id for a second press with the same input before the first answered (a double click)", () => {
    const saveIds = ids();
    const first = saveIds.next({ title: "A" });
    expect(saveIds.next({ title: "A" })).toBe(first);
  });

  it("reuses the id when the same input is sent again after an answer that never came", () => {
    const saveIds = ids();
    const first = saveIds.next({ title: "A" });
    saveIds.answered({ ok: false, code: "INTERNAL" });
    expect(saveIds.next({ title: "A" })).toBe(first);
  });

  it("makes a new id after a refusal or when the input changed", () => {
    const saveIds = ids();
    const first = saveIds.next({ title: "A" });
    saveIds.answered({ ok: false, code: "INTERNAL" });
    expect(saveIds.next({ title: "B" })).not.toBe(first);
    const third = saveIds.next({ title: "C" });
    saveIds.answered({ ok: false, code: "VALIDATION" });
    expect(saveIds.next({ title: "C" })).not.toBe(third);
  });
});
