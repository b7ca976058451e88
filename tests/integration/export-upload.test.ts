import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const storageDir = await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-export-upload-"));

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

import { db } from "@/lib/db/client";
import { exportArchive } from "@/lib/export/archive";
import { exportImportHandler, exportPreviewHandler } from "@/lib/export/http";
import { readExportZip } from "@/lib/export/read";
import { createUser } from "@/lib/seed/factories";
import { actAs } from "@/tests/support/acting-user";
import { zipBomb } from "../support/import-fixtures";

// Issue #20 (Speed and memory): "Import a Postfolio export" streams the raw ZIP body to a temporary file, capped
// while it arrives, and reads the export from that file. These tests use a small injected cap and their own
// temporary folder, so "no temporary file is left" is checked where the files would be.
const origin = "http://localhost:3000";
const tmpDir = mkdtempSync(path.join(tmpdir(), "postfolio-upload-tmp-"));
afterAll(() => rmSync(tmpDir, { recursive: true, force: true }));

const leftovers = () => readdirSync(tmpDir, { recursive: true });
const filesOf = (userId: string) => (existsSync(path.join(storageDir, userId)) ? readdirSync(path.join(storageDir, userId), { recursive: true }).length : 0);
const campaignsOf = (userId: string) => db().campaign.count({ where: { portfolio: { userId } } });

/** A body that arrives in pieces, without a declared length (as a chunked upload does); `onPull` sees every piece asked for. */
function chunked(bytes: Uint8Array, piece = 1024, onPull?: (index: number) => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      onPull?.(index);
      const start = index * piece;
      if (start >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(start, start + piece));
      index++;
    },
  });
}

function post(url: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}${url}`, {
    method: "POST",
    body,
    headers: { host: "localhost:3000", origin, "content-type": "application/zip", ...headers },
    duplex: "half",
  } as RequestInit);
}

const errorsOf = async (response: Response) => ((await response.json()) as { fieldErrors?: Record<string, string[]> }).fieldErrors;

let archive: Uint8Array;
let campaignCount: number;

beforeAll(async () => {
  const owner = await createUser(db());
  const { id: portfolioId } = await db().portfolio.findUniqueOrThrow({ where: { userId: owner.id } });
  campaignCount = 3;
  for (let i = 0; i < campaignCount; i++) {
    await db().campaign.create({
      data: {
        portfolioId,
        position: i,
        title: `Campaign ${i}`,
        workKind: "CLIENT",
        platforms: ["INSTAGRAM"],
        startDate: new Date("2026-01-01"),
        objective: "ENGAGEMENT",
        summary: "A summary long enough to make the ZIP a few kilobytes. ".repeat(40 + i),
        metrics: { create: { kind: "REACH", value: 1000 + i, series: [{ date: "2026-01-01", value: 10 }] } },
      },
    });
  }
  const labels = { header: ["time", "recipient", "company", "target", "referrer", "country", "device", "visitor"], publicPage: "public" } as Parameters<
    typeof exportArchive
  >[1];
  archive = new Uint8Array(await new Response(await exportArchive(owner.id, labels)).arrayBuffer());
}, 60_000);

describe("Import a Postfolio export: the upload is streamed to a temporary file", () => {
  it("previews and imports from the file, into the signed-in account only, and leaves no temporary file", async () => {
    const target = await createUser(db());
    const bystander = await createUser(db());
    actAs(target);
    const limits = { maxBytes: archive.length, tmpDir };

    const preview = await exportPreviewHandler(limits)(post("/api/export/import/preview", chunked(archive)));
    expect(preview.status).toBe(200);
    expect((await preview.json()).counts).toMatchObject({ campaigns: campaignCount });
    expect(await campaignsOf(target.id)).toBe(0);
    expect(leftovers()).toEqual([]);

    const saved = await exportImportHandler(limits)(post("/api/export/import?replaceProfile=1", chunked(archive)));
    expect(saved.status).toBe(201);
    expect(await campaignsOf(target.id)).toBe(campaignCount);
    expect(await campaignsOf(bystander.id)).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it("refuses a body over the cap while it streams (no declared length): nothing stored, no temporary file left", async () => {
    const target = await createUser(db());
    actAs(target);
    const limits = { maxBytes: archive.length - 1, tmpDir };
    let pulled = 0;
    const response = await exportImportHandler(limits)(
      post(
        "/api/export/import",
        chunked(archive, 1024, () => pulled++),
      ),
    );
    expect(response.status).toBe(422);
    expect((await errorsOf(response))?.file).toEqual(["uploadStream.errors.tooLarge"]);
    expect(pulled).toBeGreaterThan(1); // it was refused while reading, not up front
    expect(await campaignsOf(target.id)).toBe(0);
    expect(filesOf(target.id)).toBe(0);
    expect(leftovers()).toEqual([]);

    const previewed = await exportPreviewHandler(limits)(post("/api/export/import/preview", chunked(archive)));
    expect(previewed.status).toBe(422);
    expect(leftovers()).toEqual([]);
  });

  it("refuses a declared Content-Length over the cap before reading the body", async () => {
    actAs(await createUser(db()));
    let pulled = 0;
    const response = await exportPreviewHandler({ maxBytes: 1000, tmpDir })(
      post(
        "/api/export/import/preview",
        chunked(archive, 1024, () => pulled++),
        { "content-length": String(archive.length) },
      ),
    );
    expect(response.status).toBe(422);
    expect((await errorsOf(response))?.file).toEqual(["uploadStream.errors.tooLarge"]);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may be asked for its first piece when the request is made; no more
    expect(leftovers()).toEqual([]);
  });

  it("removes the temporary file when the upload breaks off, and when the ZIP is refused", async () => {
    const target = await createUser(db());
    actAs(target);
    const limits = { maxBytes: archive.length, tmpDir };
    let sent = 0;
    const aborted = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 2) controller.enqueue(archive.slice(0, 1024));
        else controller.error(new Error("client went away"));
      },
    });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await exportImportHandler(limits)(post("/api/export/import", aborted));
      expect(response.ok).toBe(false);
    } finally {
      quiet.mockRestore();
    }
    expect(leftovers()).toEqual([]);

    const bomb = await exportImportHandler({ maxBytes: 10 * 1024 * 1024, tmpDir })(post("/api/export/import", chunked(zipBomb(), 64 * 1024)));
    expect(bomb.status).toBe(422);
    expect((await errorsOf(bomb))?.file?.[0]).toMatch(/^(imports\.fileErrors\.zipBomb|dataExport\.errors\.notAnExport)$/);
    expect(await campaignsOf(target.id)).toBe(0);
    expect(filesOf(target.id)).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it("validates the request: a ZIP body only, and the options of the query (zod)", async () => {
    const target = await createUser(db());
    actAs(target);
    const limits = { maxBytes: archive.length, tmpDir };
    const form = new FormData();
    form.set("file", new Blob([archive as Uint8Array<ArrayBuffer>]), "export.zip");
    const multipart = await exportImportHandler(limits)(
      new Request(`${origin}/api/export/import`, { method: "POST", body: form, headers: { host: "localhost:3000", origin } }),
    );
    expect(multipart.status).toBe(422);
    expect((await errorsOf(multipart))?.file).toEqual(["dataExport.errors.notAnExport"]);

    const badOption = await exportImportHandler(limits)(post("/api/export/import?replaceProfile=yes", chunked(archive)));
    expect(badOption.status).toBe(422);
    expect(await errorsOf(badOption)).toEqual({ options: ["invalid"] });
    expect(await campaignsOf(target.id)).toBe(0);

    actAs(null);
    expect((await exportPreviewHandler(limits)(post("/api/export/import/preview", chunked(archive)))).status).toBe(401);
    expect(leftovers()).toEqual([]);
  });

  it("reads the same export from a file on disk as from memory", async () => {
    const file = path.join(tmpDir, "direct.zip");
    writeFileSync(file, archive);
    try {
      expect((await readExportZip({ path: file })).counts).toEqual((await readExportZip(archive)).counts);
    } finally {
      rmSync(file);
    }
  });
});
