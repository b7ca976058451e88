// Work that must happen once when several app instances run against one
// database (issue #18): migrations, the start-up sweep, the first-open alert.
import { randomBytes } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import pg from "pg";
import { queryOnce as query } from "@/tests/support/pg";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { shareLinkInput } from "@/tests/support/forms";

const storageDir = vi.hoisted(() => {
  // Uploads (the demo seed's and the sweep test's) go to a folder of this file's own.
  const dir = `${process.env.TMPDIR ?? "/tmp"}/postfolio-run-once-${process.pid}`;
  process.env.STORAGE_DIR = dir;
  return dir;
});
const sendMail = vi.hoisted(() => vi.fn(async () => true));
vi.mock("@/lib/mail/transport", async (original) => ({ ...(await original<object>()), sendMail }));

import { recordView } from "@/lib/analytics/record";
import { db } from "@/lib/db/client";
import { LOCK_KEYS } from "@/lib/db/advisory-lock";
import { seedOnce, sweepOnce } from "@/lib/db/housekeeping";
import { DEMO_LOGIN } from "@/lib/seed/demo";
import { applyMigrations } from "@/lib/db/migrate";
import { uploadMedia } from "@/lib/media/mutations";
import { createUser } from "@/lib/seed/factories";
import { createShareLink } from "@/lib/sharing/mutations";

afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

describe("the demo seed on two instances starting together", () => {
  // First in the file: the seed runs only into a database without users.
  it("seeds once; the second waits, then finds users and skips", async () => {
    const url = process.env.DATABASE_URL as string;
    const seeded = await Promise.all([seedOnce(url, db()), seedOnce(url, db())]);
    expect(seeded.sort()).toEqual([false, true]);
    expect(await db().user.count({ where: { email: DEMO_LOGIN.email } })).toBe(1);
    // The demo and its Latvian twin (/demo-lv, issue #17), each once.
    expect(await db().user.count({ where: { handle: "demo-lv" } })).toBe(1);
    expect(await db().user.count()).toBe(2);
  }, 120_000);
});

describe("two instances starting together", () => {
  const adminUrl = inject("adminUrl");
  const name = `run_once_${randomBytes(6).toString("hex")}`;
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  beforeAll(() => query(adminUrl, `CREATE DATABASE ${name}`));
  afterAll(() => query(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it("apply the migrations once: the second waits for the lock, then finds nothing to do", async () => {
    const folders = readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    const applied = results.map((result) => result.applied.length).sort((a, b) => a - b);
    expect(applied).toEqual([0, folders.length]);
    const rows = await query(
      url,
      `SELECT migration_name, count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(rows).toEqual(folders.map((folder) => ({ migration_name: folder, n: 1 })));
  });
});

describe("the start-up sweep run by two instances at once", () => {
  it("removes each abandoned upload once and counts it once", async () => {
    const user = await createUser(db());
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#2563eb" } })
      .png()
      .toBuffer();
    for (let i = 0; i < 3; i++) await uploadMedia(user.id, { bytes: png, alt: `abandoned ${i}`, purpose: "sample" });
    await db().media.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 2 * 24 * 3600 * 1000) } });

    const url = process.env.DATABASE_URL as string;
    const outcomes = await Promise.all([sweepOnce(url), sweepOnce(url)]);
    const removed = outcomes.reduce((sum, outcome) => sum + (outcome?.abandonedUploads ?? 0), 0);
    expect(removed).toBe(3);
    expect(await db().media.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is skipped, touching nothing, while another instance holds the sweep's lock", async () => {
    const user = await createUser(db());
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#dc2626" } })
      .png()
      .toBuffer();
    await uploadMedia(user.id, { bytes: png, alt: "abandoned", purpose: "sample" });
    await db().media.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 2 * 24 * 3600 * 1000) } });
    const url = process.env.DATABASE_URL as string;
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock($1)", [LOCK_KEYS.housekeeping]);
      expect(await sweepOnce(url)).toBeNull();
      expect(await db().media.count({ where: { userId: user.id } })).toBe(1);
    } finally {
      await other.end();
    }
    expect(await sweepOnce(url)).toEqual({ abandonedUploads: 1 });
  });
});

describe("a share link opened on two instances at the same moment", () => {
  it("records both views and sends one first-open email", async () => {
    const owner = await createUser(db());
    await db().portfolio.update({ where: { userId: owner.id }, data: { displayName: "Riley", visibility: "UNLISTED" } });
    const link = await createShareLink(owner.id, shareLinkInput());
    sendMail.mockClear();
    const now = new Date();
    const view = (ip: string) => ({
      headers: new Headers({
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
        host: "postfolio.test",
      }),
      ip,
      viewerUserId: null,
      referrer: null,
      now,
    });

    const outcomes = await Promise.all([
      recordView({ token: link.token }, null, view("198.51.100.71")),
      recordView({ token: link.token }, null, view("198.51.100.72")),
    ]);

    expect(outcomes.map((outcome) => outcome.counted)).toEqual([true, true]);
    expect(outcomes.filter((outcome) => outcome.counted && outcome.firstOpenOfLink)).toHaveLength(1);
    expect(sendMail).toHaveBeenCalledTimes(1);
    const stored = await db().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.viewCount).toBe(2);
    expect(stored.firstViewedAt?.getTime()).toBe(now.getTime());
  });
});
