export type StoredObject = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  size: number;
};

/** Where uploaded files live: local disk by default, any S3-compatible store when configured. */
export type Storage = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none under that key. */
  get(key: string): Promise<StoredObject | null>;
  /** Deletes the objects; missing ones are not an error. */
  delete(keys: string[]): Promise<void>;
  /** Deletes every object whose key starts with `prefix/` (a user's folder, on account deletion). */
  deletePrefix(prefix: string): Promise<void>;
  /** Throws when the store cannot be reached or written (readiness check, /api/health/ready). */
  ping?(): Promise<void>;
};
