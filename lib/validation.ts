import { z } from "zod";
import { isRealIsoDate } from "@/lib/dates";
import type { WorkKind } from "@/lib/db/generated/enums";

// Small zod pieces shared by every room's schema. Messages are keys of the
// `validation` message namespace. Each limit is exported so that the form's
// input (maxLength, min/max) uses the same constant the server checks.

/** Character limits of text fields (README "Input limits" lists them). */
export const LIMITS = {
  /** Titles, names, organisations, roles, labels. */
  title: 120,
  /** A person's or profile's display name. */
  name: 80,
  /** A metric's own name, a skill, a pillar. */
  label: 60,
  /** Headlines, one-line descriptions. */
  headline: 140,
  /** Short multi-line text: summaries, notes. */
  summary: 500,
  /** Medium multi-line text: bios, descriptions, campaign summaries. */
  description: 2000,
  /** A caption or a contact message. */
  message: 5000,
  /** One narrative section of a case study. */
  narrative: 10_000,
  /** A Markdown document body. */
  body: 50_000,
  /** Any web address. */
  url: 2048,
  /** An email address (RFC 5321's path limit). */
  email: 254,
  /** Database ids (cuid) and tokens. */
  id: 64,
} as const;

/** The dates a form accepts: nothing in a portfolio predates the web, and 2100 is far enough ahead. */
export const DATE_MIN = "1990-01-01";
export const DATE_MAX = "2100-12-31";

/** The largest count or amount a number field accepts (a trillion: no campaign reaches more). */
export const NUMBER_MAX = 1e12;

// C0 and C1 control characters and DEL. PostgreSQL refuses NUL in text (22021)
// and they are invisible anyway, so they are stripped, never stored.
const CONTROLS_EXCEPT_TAB_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;

/** One line of text: every control character goes, and a tab or line break becomes a space. */
export function cleanLine(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ").replace(CONTROLS_EXCEPT_TAB_NEWLINE, "");
}

/** Multi-line text: line breaks become "\n" (a form posts "\r\n"), tabs stay, other control characters go. */
export function cleanMultiline(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROLS_EXCEPT_TAB_NEWLINE, "");
}

/** True when the text has a control character (tab and line breaks included). */
export function hasControlCharacters(value: string): boolean {
  return CONTROLS.test(value);
}

/** A trimmed single line, control characters stripped; "" allowed unless min is set. */
export function text(max: number, min = 0) {
  const base = z.string().overwrite(cleanLine).trim().max(max, "tooLong");
  return min > 0 ? base.min(min, "required") : base;
}

/** Trimmed multi-line text (Markdown included): keeps line breaks and tabs, strips other control characters. */
export function multilineText(max: number, min = 0) {
  const base = z.string().overwrite(cleanMultiline).trim().max(max, "tooLong");
  return min > 0 ? base.min(min, "required") : base;
}

/** A database id or token as a client sends it back: short, and only the characters ids are made of. */
export const idString = z
  .string()
  .min(1, "required")
  .max(LIMITS.id, "invalid")
  .regex(/^[A-Za-z0-9_-]+$/, "invalid");

/** An optional id: empty or missing becomes null. */
export const optionalIdString = z
  .union([z.literal(""), idString])
  .nullish()
  .transform((value) => value || null);

// "javascript:", "mailto:", "data:"... : a scheme, unless what follows the colon is a port ("example.com:8080").
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i;

/**
 * A web address as people type it: "example.com/x" and "//example.com/x"
 * get "https://"; anything with a scheme of its own is left as typed (and
 * refused by httpUrl unless it is http or https).
 */
export function withWebScheme(value: string): string {
  if (value === "" || /^https?:\/\//i.test(value)) return value;
  if (value.startsWith("//")) return `https:${value}`;
  if (SCHEME.test(value)) return value;
  return `https://${value}`;
}

function isWebAddress(value: string, typedScheme: boolean): boolean {
  if (hasControlCharacters(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) return false;
    // Without a typed scheme, "hello" is a word, not an address: ask for a dotted host name.
    return typedScheme || url.hostname.includes(".");
  } catch {
    return false;
  }
}

/**
 * An absolute http(s) URL (no javascript:, data:, relative paths or control
 * characters). "https://" is added when none was typed (issue #15), on the
 * form and on the server alike.
 */
export const httpUrl = z
  .string()
  .trim()
  .max(LIMITS.url, "tooLong")
  .refine((value) => isWebAddress(withWebScheme(value), /^https?:\/\//i.test(value)), "url")
  .overwrite(withWebScheme)
  .max(LIMITS.url, "tooLong");

/** Empty input becomes null; anything else must be an http(s) URL. */
export const optionalHttpUrl = z
  .union([z.literal("").transform(() => null), httpUrl])
  .nullish()
  .transform((value) => value ?? null);

/** An email address, trimmed and lower-cased. */
export const emailAddress = z.string().trim().toLowerCase().pipe(z.email("email").max(LIMITS.email, "tooLong"));

/** Empty input becomes null; anything else must be an email address. */
export const optionalEmail = z
  .union([z.literal("").transform(() => null), emailAddress])
  .nullish()
  .transform((value) => value ?? null);

/** True for a real calendar day "YYYY-MM-DD" between DATE_MIN and DATE_MAX. */
export function isBoundedIsoDate(value: string): boolean {
  return isRealIsoDate(value) && value >= DATE_MIN && value <= DATE_MAX;
}

/** A calendar date as `<input type="date">` gives it: "YYYY-MM-DD", from 1990 to 2100 ("date" / "dateRange"). */
export const isoDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { message: "required", abort: true })
  .refine(isRealIsoDate, { message: "date", abort: true })
  .refine((value) => value >= DATE_MIN && value <= DATE_MAX, "dateRange");

/** Empty input becomes null. */
export const optionalIsoDate = z
  .union([z.literal("").transform(() => null), isoDate])
  .nullish()
  .transform((value) => value ?? null);

/**
 * The bounds every number field shares: not negative (counts and money
 * cannot be), at most NUMBER_MAX. Adds "nonNegative" / "numberTooLarge"
 * issues and returns false when `value` is out of bounds.
 */
export function checkNumberBounds(value: number, ctx: z.RefinementCtx): boolean {
  if (value < 0) {
    ctx.addIssue({ code: "custom", message: "nonNegative" });
    return false;
  }
  if (value > NUMBER_MAX) {
    ctx.addIssue({ code: "custom", message: "numberTooLarge" });
    return false;
  }
  return true;
}

// ─── Pieces every item room's schema shares (campaigns, samples, documents, case studies, ...) ───

export const workKindValues = ["CLIENT", "EMPLOYER", "FREELANCE", "VOLUNTEER", "PERSONAL_BRAND", "MOCK"] as const satisfies readonly WorkKind[];

/**
 * Kind of work: an explicit choice, never a default (a volunteer campaign
 * labelled "Client work" would break the honesty promise). A new item's form
 * starts at "" and both the form and the server refuse it as "workKindRequired".
 */
export const workKindSchema = z
  .enum(["", ...workKindValues], { error: "workKindRequired" })
  .refine((value) => value !== "", "workKindRequired")
  .transform((value) => value as WorkKind);

/** Client name, confidential switch and the anonymized label shown instead (required when confidential). */
export const clientFields = {
  client: text(LIMITS.title),
  confidential: z.boolean(),
  anonymizedLabel: text(LIMITS.title),
};

export function refineClient(value: { confidential: boolean; anonymizedLabel: string }, ctx: z.RefinementCtx): void {
  if (value.confidential && !value.anonymizedLabel) {
    ctx.addIssue({ code: "custom", path: ["anonymizedLabel"], message: "anonymizedLabelRequired" });
  }
}

/** A period's end cannot come before its start ("endBeforeStart" on `path`). */
export function refinePeriod(start: string | null | undefined, end: string | null | undefined, path: (string | number)[], ctx: z.RefinementCtx): void {
  if (typeof start === "string" && typeof end === "string" && end < start) {
    ctx.addIssue({ code: "custom", path, message: "endBeforeStart" });
  }
}

export const itemIdSchema = z.object({ id: idString });
export type ItemId = z.output<typeof itemIdSchema>;

/** The full list of the owner's item ids, in the new order. */
export const reorderSchema = z.object({
  ids: z
    .array(idString)
    .min(1)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, "duplicateId"),
});
export type Reorder = z.output<typeof reorderSchema>;

/** Shows or hides one item on the public page: the same input in every room. */
export const setHiddenSchema = z.object({ id: idString, hidden: z.boolean() });
export type SetHidden = z.output<typeof setHiddenSchema>;
