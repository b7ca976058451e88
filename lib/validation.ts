import { z } from "zod";

// Small zod pieces shared by every room's schema. Messages are keys of the
// `validation` message namespace.

/** A trimmed string; "" allowed unless min is set. */
export function text(max: number, min = 0) {
  const base = z.string().trim().max(max, "tooLong");
  return min > 0 ? base.min(min, "required") : base;
}

/** An absolute http(s) URL (no javascript:, data:, or relative paths). */
export const httpUrl = z
  .string()
  .trim()
  .max(2048, "tooLong")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
    } catch {
      return false;
    }
  }, "url");

/** Empty input becomes null; anything else must be an http(s) URL. */
export const optionalHttpUrl = z.union([z.literal("").transform(() => null), httpUrl]).nullish().transform((value) => value ?? null);

/** Empty input becomes null; anything else must be an email address. */
export const optionalEmail = z
  .union([z.literal("").transform(() => null), z.string().trim().toLowerCase().pipe(z.email("email").max(254, "tooLong"))])
  .nullish()
  .transform((value) => value ?? null);
