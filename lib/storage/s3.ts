import "server-only";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertValidKey, assertValidPrefix } from "./keys";
import type { Storage } from "./types";

export type S3Config = {
  bucket: string;
  region?: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
};

/** Any S3-compatible store (AWS, R2, MinIO, ...); mirrors the local driver. */
export function createS3Storage(config: S3Config): Storage {
  const client = new S3Client({
    region: config.region ?? "auto",
    endpoint: config.endpoint,
    // Self-hosted stores (MinIO, ...) address buckets by path, not subdomain.
    forcePathStyle: Boolean(config.endpoint),
    // Checksums only where S3 requires them: the SDK's default since 3.729 streams
    // uploads as aws-chunked with a trailing checksum, which S3-compatible servers
    // (s3rver in the cluster test, older MinIO) store with the chunk framing in the file.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
  });
  const Bucket = config.bucket;

  async function deleteKeys(keys: string[]) {
    // DeleteObjects takes at most 1,000 keys per call.
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000);
      await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
    }
  }

  return {
    async ping() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },

    async put(key, bytes, contentType) {
      assertValidKey(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType }));
    },

    async get(key) {
      assertValidKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return {
          body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
          contentType: object.ContentType ?? "application/octet-stream",
          size: object.ContentLength ?? 0,
        };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
        throw error;
      }
    },

    async delete(keys) {
      keys.forEach(assertValidKey);
      if (keys.length > 0) await deleteKeys(keys);
    },

    async deletePrefix(prefix) {
      assertValidPrefix(prefix);
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${prefix}/`, ContinuationToken }));
        const keys = (page.Contents ?? []).flatMap((item) => (item.Key ? [item.Key] : []));
        if (keys.length > 0) await deleteKeys(keys);
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
