import { z } from "zod";

// Handles are public URLs (`/<handle>`), so they must never shadow a route of
// the app, today's or a likely future one. `demo` is deliberately absent: it is
// the demo account's handle.
export const reservedHandles: ReadonlySet<string> = new Set([
  // routes and route-like words
  "_next",
  "about",
  "account",
  "accounts",
  "admin",
  "administrator",
  "api",
  "app",
  "apps",
  "assets",
  "auth",
  "billing",
  "blog",
  "callback",
  "careers",
  "changelog",
  "contact",
  "cookies",
  "dashboard",
  "dev",
  "docs",
  "download",
  "edit",
  "editor",
  "embed",
  "explore",
  "export",
  "faq",
  "favicon.ico",
  "feed",
  "features",
  "guide",
  "guides",
  "health",
  "help",
  "home",
  "import",
  "index",
  "invite",
  "jobs",
  "legal",
  "login",
  "logout",
  "manifest.json",
  "me",
  "media",
  "new",
  "news",
  "notifications",
  "oauth",
  "og",
  "p",
  "portfolio",
  "portfolios",
  "preview",
  "pricing",
  "privacy",
  "profile",
  "public",
  "register",
  "reset-password",
  "robots.txt",
  "rss",
  "s",
  "search",
  "security",
  "settings",
  "share",
  "signin",
  "signout",
  "signup",
  "sitemap.xml",
  "static",
  "status",
  "support",
  "templates",
  "terms",
  "u",
  "upload",
  "uploads",
  "user",
  "users",
  "verify",
  "welcome",
  // infrastructure and impersonation risks
  "abuse",
  "cdn",
  "ftp",
  "hostmaster",
  "mail",
  "moderator",
  "noreply",
  "no-reply",
  "official",
  "postfolio",
  "postmaster",
  "root",
  "staff",
  "system",
  "team",
  "webmaster",
  "www",
]);

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;

/** Handles are stored lower-case; input is trimmed and lower-cased (not rejected) before the rules apply. */
export function normalizeHandle(value: string): string {
  return value.trim().toLowerCase();
}

const handleShape = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Messages are keys of `auth.validation` (see components/auth/use-auth-error.ts). */
export const handleSchema = z
  .string()
  .transform(normalizeHandle)
  .pipe(
    z
      .string()
      .min(HANDLE_MIN, "handleTooShort")
      .max(HANDLE_MAX, "handleTooLong")
      .regex(handleShape, "handleFormat")
      .refine((handle) => !reservedHandles.has(handle), "handleReserved"),
  );

// Letters that Unicode decomposition leaves alone.
const extraLetters: Record<string, string> = {
  æ: "ae",
  ø: "o",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  ŋ: "n",
  ħ: "h",
};

/**
 * A handle suggested from a display name: accents transliterated
 * ("Zoë Ābele" → "zoe-abele"), anything else becomes a hyphen. Returns "" when
 * nothing usable is left; pads names too short or reserved.
 */
export function suggestHandle(name: string): string {
  const ascii = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\u0000-\u007f]/g, (char) => extraLetters[char] ?? "-");
  const slug = ascii
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, HANDLE_MAX)
    .replace(/-+$/, "");
  if (!slug) return "";
  if (slug.length < HANDLE_MIN || reservedHandles.has(slug)) return `${slug}-portfolio`.slice(0, HANDLE_MAX);
  return slug;
}

/**
 * What the handle field makes of a handle typed in the shape of a name
 * ("Laura Ozola", "Jānis_Bērziņš") when it leaves the field: the suggested
 * handle ("laura-ozola", "janis-berzins") instead of a format error. A value
 * that is valid, or wrong for another reason (too short, reserved), is kept
 * as typed so that its own message explains it.
 */
export function tidyTypedHandle(value: string): string {
  const parsed = handleSchema.safeParse(value);
  if (parsed.success || parsed.error.issues[0]?.message !== "handleFormat") return value;
  const suggestion = suggestHandle(value);
  return suggestion && handleSchema.safeParse(suggestion).success ? suggestion : value;
}

/** `base`, then `base-2`, `base-3`, … (kept within the length limit) for making a handle unique. */
export function handleCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, HANDLE_MAX - suffix.length).replace(/-+$/, "")}${suffix}`;
}
