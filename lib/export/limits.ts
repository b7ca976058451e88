import type { RateLimitRule } from "@/lib/rate-limit";

/** "Export everything" reads every file the owner has: a few per hour is plenty. */
export const exportRule: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };
/** An import writes files and a transaction of rows: fewer still. */
export const importRule: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };

/**
 * Entries an export ZIP may hold: portfolio.json, the views CSV, two files per image (display and
 * thumbnail) and one per analytics import, for as many items as the schema allows of each.
 */
export const MAX_EXPORT_ENTRIES = 2 + 3 * 5_000;
/** The unpacked total of an export ZIP. Files are written to storage one at a time, never held together. */
export const MAX_EXPORT_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;
/**
 * The largest export ZIP "Import a Postfolio export" accepts, as uploaded. The upload is streamed to a temporary
 * file and read from there in chunks (lib/export/upload.ts), so memory does not grow with it: the cap is about disk
 * and time, not memory. The bench's 5,000-sample account with 300 images exports ~100 MB.
 */
export const MAX_EXPORT_UPLOAD_BYTES = 1024 * 1024 * 1024;
