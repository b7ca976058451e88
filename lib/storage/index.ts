import "server-only";
import { env } from "@/lib/env";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import type { Storage } from "./types";

export type { Storage, StoredObject } from "./types";
export { mediaKey } from "./keys";

let cached: { signature: string; storage: Storage } | undefined;

/** The configured store: S3-compatible when S3_BUCKET is set, else local disk under STORAGE_DIR. */
export function storage(): Storage {
  const config = env();
  const signature = config.S3_BUCKET ? `s3:${config.S3_ENDPOINT ?? ""}:${config.S3_BUCKET}` : `local:${config.STORAGE_DIR}`;
  if (cached?.signature !== signature) {
    const created = config.S3_BUCKET
      ? createS3Storage({
          bucket: config.S3_BUCKET,
          region: config.S3_REGION,
          endpoint: config.S3_ENDPOINT,
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        })
      : createLocalStorage(config.STORAGE_DIR);
    cached = { signature, storage: created };
  }
  return cached.storage;
}
