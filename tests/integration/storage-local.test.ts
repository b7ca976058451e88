import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "@/lib/storage/local";

// The S3 driver mirrors this one; it is not tested here because no S3-protocol server is installed.
const root = mkdtempSync(path.join(os.tmpdir(), "postfolio-storage-"));
const store = createLocalStorage(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("local storage driver", () => {
  it("puts, gets and deletes, with no temporary files left and empty folders removed", async () => {
    await store.put("user1/media1/display.webp", new TextEncoder().encode("display"), "image/webp");
    await store.put("user1/media1/thumb.webp", new TextEncoder().encode("thumb"), "image/webp");
    expect(readdirSync(path.join(root, "user1/media1")).sort()).toEqual(["display.webp", "thumb.webp"]);

    const object = await store.get("user1/media1/display.webp");
    expect(object).toMatchObject({ contentType: "image/webp", size: 7 });
    expect(await text(object!.body)).toBe("display");
    expect(await store.get("user1/media1/missing.webp")).toBeNull();

    await store.delete(["user1/media1/display.webp", "user1/media1/thumb.webp", "user1/media1/already.webp"]);
    expect(existsSync(path.join(root, "user1/media1"))).toBe(false);
  });

  it("overwrites atomically", async () => {
    await store.put("user2/m/document.pdf", new TextEncoder().encode("first"), "application/pdf");
    await store.put("user2/m/document.pdf", new TextEncoder().encode("second"), "application/pdf");
    expect(await text((await store.get("user2/m/document.pdf"))!.body)).toBe("second");
    expect(readdirSync(path.join(root, "user2/m"))).toEqual(["document.pdf"]);
  });

  it("refuses keys that could leave the storage folder or were not generated", async () => {
    writeFileSync(path.join(os.tmpdir(), "postfolio-outside.pdf"), "secret");
    for (const key of ["../outside/x/document.pdf", "u/../../document.pdf", "/etc/passwd", "u/m/../../../x.pdf", "u/m/index.html", "u/m"]) {
      await expect(store.put(key, new Uint8Array(1), "image/webp")).rejects.toThrow(/Invalid storage key/);
      await expect(store.get(key)).rejects.toThrow(/Invalid storage key/);
      await expect(store.delete([key])).rejects.toThrow(/Invalid storage key/);
    }
    await expect(store.deletePrefix("..")).rejects.toThrow(/Invalid storage prefix/);
    await expect(store.deletePrefix("a/b")).rejects.toThrow(/Invalid storage prefix/);
    expect(existsSync(path.join(os.tmpdir(), "postfolio-outside.pdf"))).toBe(true);
    rmSync(path.join(os.tmpdir(), "postfolio-outside.pdf"));
  });

  it("deletes one user's folder with deletePrefix and leaves others", async () => {
    await store.put("alice/a1/display.webp", new Uint8Array(3), "image/webp");
    await store.put("alice/a2/document.pdf", new Uint8Array(3), "application/pdf");
    await store.put("bob/b1/display.webp", new Uint8Array(3), "image/webp");
    await store.deletePrefix("alice");
    expect(existsSync(path.join(root, "alice"))).toBe(false);
    const bob = await store.get("bob/b1/display.webp");
    expect(bob).not.toBeNull();
    await bob?.body.cancel();
    await store.deletePrefix("nobody");
  });
});
