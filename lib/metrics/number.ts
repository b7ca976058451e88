import { z } from "zod";
import { roundToCents } from "@/lib/money";
import { checkNumberBounds } from "@/lib/validation";

// Counts and amounts as people type them: "12500", "12,500", "12 500", "12.5k", "$1,200", "-3",
// and as Latvians type them: "1 234,5", "1234,5", "3,5", "1.234,5". A comma is a decimal comma
// unless it splits off groups of exactly three digits; the one reading left open, "1,234" (one
// comma, three digits after it), is decided by the UI locale: thousands in English, a decimal
// comma in Latvian. A point is always a decimal point unless commas follow it ("1.234,5").
// Percentages are not counts and are rejected.

const SPACES = /[\s\u00a0\u202f]/g; // incl. the no-break spaces Intl output contains
const SIGN = "([+\\-\u2212]?)";
const CURRENCY = "([$€£]?)";
const BODY = "([\\d., ]*\\d|(?=[.,]\\d)[.,]\\d+)";
const SUFFIX = "([kmb]?)";
// Sign and currency in either order: "-$5" and "$-5".
const PATTERN = new RegExp(`^(?:${SIGN}${CURRENCY}|${CURRENCY}${SIGN}) ?${BODY} ?${SUFFIX}$`, "i");

const SUFFIX_DIGITS: Record<string, number> = { "": 0, k: 3, m: 6, b: 9 };

/** Languages whose writers use a decimal comma, so a lone "1,234" is one point two three four. */
const DECIMAL_COMMA_LOCALES = new Set(["lv"]);

/** The body's whole digits and fraction digits, or null when its separators make no number. */
function splitBody(body: string, locale: string): { whole: string; fraction: string } | null {
  const decimalComma = DECIMAL_COMMA_LOCALES.has(locale.split("-")[0] ?? "");
  let m: RegExpExecArray | null;
  // "1,234,567" and "1,234.5": commas group thousands. "1,234" alone depends on the locale.
  if ((m = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(body))) {
    const ambiguous = !m[2] && (m[1]!.match(/,/g) ?? []).length === 1;
    if (ambiguous && decimalComma) {
      const [whole, fraction] = m[1]!.split(",");
      return { whole: whole!, fraction: fraction! };
    }
    return { whole: m[1]!.replace(/,/g, ""), fraction: m[2] ?? "" };
  }
  // "12 400", "1 234,5", "1 234.5": spaces group thousands, either mark starts the fraction.
  if ((m = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(body))) return { whole: m[1]!.replace(/ /g, ""), fraction: m[2] ?? "" };
  // "1.234,5": points group thousands when a decimal comma follows.
  if ((m = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(body))) return { whole: m[1]!.replace(/\./g, ""), fraction: m[2]! };
  // "1234", "1234.5", ".5"; "1234,5", "3,5" (a decimal comma needs a digit before it).
  if ((m = /^(\d*)(?:\.(\d+))?$/.exec(body)) && (m[1] || m[2])) return { whole: m[1]!, fraction: m[2] ?? "" };
  if ((m = /^(\d+),(\d+)$/.exec(body))) return { whole: m[1]!, fraction: m[2]! };
  return null;
}

/**
 * The number the text means, or null when it is not a plain count or amount.
 * `locale` (the UI's) decides only "1,234": 1234 in English, 1.234 in Latvian.
 */
export function parseNumberInput(text: string, locale = "en"): number | null {
  // Collapse every kind of space to one ASCII space, so "12 500" is grouping and "$ 5" is allowed.
  const input = text.replace(SPACES, " ").trim().replace(/ +/g, " ");
  const match = PATTERN.exec(input);
  if (!match) return null;
  const sign = match[1] || match[4] || "";
  const body = splitBody(match[5] ?? "", locale);
  if (!body) return null;
  const { whole, fraction } = body;
  const shift = SUFFIX_DIGITS[(match[6] ?? "").toLowerCase()] ?? 0;
  // Move the decimal point in the text rather than multiply, so "1.15k" is exactly 1150.
  const digits = whole + fraction.padEnd(shift, "0");
  const point = whole.length + shift;
  const magnitude = Number(`${digits.slice(0, point) || "0"}.${digits.slice(point) || "0"}`);
  if (!Number.isFinite(magnitude)) return null;
  if (magnitude === 0) return 0; // never -0
  return sign === "-" || sign === "\u2212" ? -magnitude : magnitude;
}

// The number schemas below are shared by the browser's forms and the server's actions, and a zod
// schema cannot take an argument at parse time: they read the UI language from a source each side
// installs. The server runs every action's validation inside the acting user's language
// (lib/i18n/input-locale.ts, used by lib/safe-action.ts); the browser's dashboard sets the
// next-intl locale (components/i18n/input-locale-sync.tsx). Unset, text is read the English way.
let inputLocaleSource: () => string | undefined = () => undefined;

/** Installs where the number schemas read the UI language from (see above). */
export function setInputLocaleSource(source: () => string | undefined): void {
  inputLocaleSource = source;
}

/** The UI language the number schemas read text in right now ("en" when none is set). */
export function currentInputLocale(): string {
  return inputLocaleSource() ?? "en";
}

/**
 * A typed value as a number, read as the number schemas read it (text in the current UI language): what a form's
 * live figures show and what the server saves agree. Not a finite number or text that reads as one → null.
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return typeof value === "string" ? parseNumberInput(value, currentInputLocale()) : null;
}

function isBlank(value: unknown): boolean {
  return value == null || (typeof value === "string" && value.trim() === "");
}

/**
 * A required number from a form field (string) or JSON (number). Messages are `validation` keys:
 * "required" when blank, "number" when unreadable, "nonNegative" / "numberTooLarge" out of
 * bounds (0..NUMBER_MAX: every number we store is a count or an amount of money).
 */
export const numberInput = z.union([z.number(), z.string()], { error: "number" }).transform((value, ctx) => {
  if (isBlank(value)) {
    ctx.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  const n = toNumber(value);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: "number" });
    return z.NEVER;
  }
  return checkNumberBounds(n, ctx) ? n : z.NEVER;
});

/** An optional number: blank, null or missing becomes null; anything else must read as a number. */
export const optionalNumberInput = z
  .union([z.number(), z.string(), z.null()], { error: "number" })
  .optional()
  .transform((value, ctx): number | null => {
    if (value === undefined || value === null || isBlank(value)) return null;
    const n = toNumber(value);
    if (n === null) {
      ctx.addIssue({ code: "custom", message: "number" });
      return z.NEVER;
    }
    return checkNumberBounds(n, ctx) ? n : z.NEVER;
  });

/** An optional amount of money: optionalNumberInput rounded to the cent. */
export const optionalMoneyInput = optionalNumberInput.transform((value) => (value === null ? null : roundToCents(value)));
