// Real files in a temp folder for integration tests that store uploads.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * A fresh STORAGE_DIR (`<tmp>/<prefix>XXXXXX`), removed after the file's tests. Call it inside `vi.hoisted` so the
 * variable is set before anything reads the environment:
 * `const storageDir = await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-media-"));`
 */
export function tempStorageDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.env.STORAGE_DIR = dir;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
