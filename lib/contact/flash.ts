import "server-only";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { contactFlashSchema, type ContactFlash } from "./schema";

// A failed contact submit redirects to the (dynamic) contact page and hands it
// the errors and typed values in httpOnly cookies scoped to that page's path:
// the reading page stays static, and nothing typed ends up in a URL or a log.
// A 5,000-character message can outgrow one cookie (4 kB), so the JSON is
// deflated and split over at most CHUNKS cookies.

const COOKIE = "pf-contact";
const CHUNKS = 3;
const CHUNK_CHARS = 3800;
const MAX_AGE_SECONDS = 10 * 60;

/** The contact page of a reading page: "/<handle>/contact" or "/s/<token>/contact". */
export function contactPagePath(source: { handle?: string; token?: string }): string {
  const base = source.token ? `/s/${encodeURIComponent(source.token)}` : `/${encodeURIComponent((source.handle ?? "").toLowerCase())}`;
  return `${base}/contact`;
}

function encode(flash: ContactFlash): string {
  return deflateRawSync(Buffer.from(JSON.stringify(flash), "utf8")).toString("base64url");
}

/** The encoded flash, split into cookie-sized chunks; the message is dropped only if even that does not fit. */
export function encodeContactFlash(flash: ContactFlash): string[] {
  let encoded = encode(flash);
  if (encoded.length > CHUNKS * CHUNK_CHARS) encoded = encode({ ...flash, values: { ...flash.values, message: "" } });
  const chunks: string[] = [];
  for (let start = 0; start < encoded.length; start += CHUNK_CHARS) chunks.push(encoded.slice(start, start + CHUNK_CHARS));
  return chunks;
}

/** The flash from its chunks, or null when missing, tampered with or malformed. */
export function decodeContactFlash(chunks: (string | undefined)[]): ContactFlash | null {
  const encoded = chunks.join("");
  if (!encoded) return null;
  try {
    const json = inflateRawSync(Buffer.from(encoded, "base64url"), { maxOutputLength: 64 * 1024 }).toString("utf8");
    const parsed = contactFlashSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** In a server action: hand `flash` to the contact page at `path` (or clear it with null). */
export async function writeContactFlash(path: string, flash: ContactFlash | null): Promise<void> {
  const jar = await cookies();
  const chunks = flash ? encodeContactFlash(flash) : [];
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  // Unused chunks are always expired: a leftover from a longer flash would corrupt this one.
  for (let index = 0; index < CHUNKS; index++) {
    const value = chunks[index] ?? "";
    jar.set(`${COOKIE}.${index}`, value, { path, httpOnly: true, sameSite: "lax", secure, maxAge: value ? MAX_AGE_SECONDS : 0 });
  }
}

/** On the contact page: the flash a failed submit left, if any. Reads cookies, so the page is dynamic. */
export async function readContactFlash(): Promise<ContactFlash | null> {
  const jar = await cookies();
  return decodeContactFlash(Array.from({ length: CHUNKS }, (_, index) => jar.get(`${COOKIE}.${index}`)?.value));
}
