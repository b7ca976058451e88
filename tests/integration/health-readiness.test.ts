// /api/health/ready's report when the cache is down: pages still render from
// the database, so the instance stays ready, and says the cache is degraded.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";

const storageDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/postfolio-health-${process.pid}`;
  process.env.STORAGE_DIR = dir;
  // Nothing listens on port 1: a Redis that is down.
  process.env.REDIS_URL = "redis://127.0.0.1:1";
  return dir;
});

import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";

afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

describe("health with the cache down", () => {
  it("is live and ready (200), with the cache reported degraded", async () => {
    expect((await live()).status).toBe(200);
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "degraded", database: true, storage: true, cache: "degraded" });
  });
});
