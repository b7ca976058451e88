import "server-only";
import { createReadStream } from "node:fs";
import { access, constants, mkdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { assertValidKey, assertValidPrefix, contentTypeForKey } from "./keys";
import type { Storage } from "./types";

/** Files under `root`, one folder per user and media item. */
export function createLocalStorage(root: string): Storage {
  const base = path.resolve(root);

  function resolve(key: string): string {
    assertValidKey(key);
    const full = path.resolve(base, key);
    // Belt and braces: the key check already rules out `..` and absolute paths.
    if (!full.startsWith(base + path.sep)) throw new Error(`Storage key escapes the storage folder: ${key}`);
    return full;
  }

  return {
    async ping() {
      await mkdir(base, { recursive: true });
      await access(base, constants.W_OK);
    },

    async put(key, bytes) {
      const full = resolve(key);
      await mkdir(path.dirname(full), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temporary = `${full}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, full);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key) {
      const full = resolve(key);
      let size: number;
      try {
        const info = await stat(full);
        if (!info.isFile()) return null;
        size = info.size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      const body = Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>;
      return { body, contentType: contentTypeForKey(key), size };
    },

    async delete(keys) {
      const folders = new Set<string>();
      for (const key of keys) {
        const full = resolve(key);
        await rm(full, { force: true });
        folders.add(path.dirname(full));
      }
      // Leave no empty per-media folders behind (rmdir fails on a folder that still has files).
      for (const folder of folders) {
        await rmdir(folder).catch(() => {});
      }
    },

    async deletePrefix(prefix) {
      assertValidPrefix(prefix);
      await rm(path.join(base, prefix), { recursive: true, force: true });
    },
  };
}
