import { describe, expect, it } from "vitest";
import { LruCache } from "@/lib/pdf/lru";
import { createQueue, QueueFullError } from "@/lib/pdf/queue";

describe("LruCache", () => {
  const bytes = (n: number) => new Uint8Array(n);
  const make = (entries: number, budget: number) => new LruCache<Uint8Array>(entries, budget, (value) => value.byteLength);

  it("evicts the least recently used entry past the entry limit", () => {
    const cache = make(2, 1000);
    cache.set("a", bytes(1));
    cache.set("b", bytes(1));
    expect(cache.get("a")).toBeDefined(); // a is now the most recent
    cache.set("c", bytes(1));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
  });

  it("keeps the total size within the byte budget", () => {
    const cache = make(10, 100);
    cache.set("a", bytes(60));
    cache.set("b", bytes(30));
    cache.set("c", bytes(30));
    expect(cache.get("a")).toBeUndefined();
    expect(cache.totalBytes).toBe(60);
    cache.set("huge", bytes(101));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it("replaces an entry under the same key without double counting", () => {
    const cache = make(10, 100);
    cache.set("a", bytes(40));
    cache.set("a", bytes(50));
    expect(cache.totalBytes).toBe(50);
    expect(cache.get("a")?.byteLength).toBe(50);
  });
});

describe("createQueue", () => {
  function deferred() {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  }

  it("runs one job at a time, in arrival order", async () => {
    const queue = createQueue({ concurrency: 1, maxWaiting: 5 });
    const order: string[] = [];
    const gate = deferred();
    const first = queue.run(async () => {
      order.push("first:start");
      await gate.promise;
      order.push("first:end");
    });
    const second = queue.run(async () => {
      order.push("second");
    });
    await Promise.resolve();
    expect(queue.pending).toEqual({ running: 1, waiting: 1 });
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(["first:start", "first:end", "second"]);
    expect(queue.pending).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses jobs beyond the waiting limit and keeps going after a failure", async () => {
    const queue = createQueue({ concurrency: 1, maxWaiting: 1 });
    const gate = deferred();
    const failing = queue.run(async () => {
      await gate.promise;
      throw new Error("boom");
    });
    const waiting = queue.run(async () => "done");
    await expect(queue.run(async () => "refused")).rejects.toBeInstanceOf(QueueFullError);
    gate.resolve();
    await expect(failing).rejects.toThrow("boom");
    await expect(waiting).resolves.toBe("done");
  });
});
