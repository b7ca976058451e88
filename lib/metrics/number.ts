import { z } from "zod";
import { roundToCents } from "@/lib/money";
import { checkNumberBounds } from "@/lib/validation";

// Counts and amounts as people type them: "12500", "12,500", "12 500", "12.5k", "$1,200", "-3".
// No locale guessing: "." is always the decimal point; "," and spaces are thousands separators
// only between groups of exactly three digits. Percentages are not counts and are rejected.

const SPACES = /[\s\u00a0\u202f]/g; // incl. the no-break spaces Intl output contains
const SIGN = "([+\\-\u2212]?)";
const CURRENCY = "([$€£]?)";
// Digits, optionally grouped by one kind of separator (all commas or all spaces), then a fraction.
const BODY = "(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+|\\d+|(?=\\.\\d))(\\.\\d+)?";
const SUFFIX = "([kmb]?)";
// Sign and currency in either order: "-$5" and "$-5".
const PATTERN = new RegExp(`^(?:${SIGN}${CURRENCY}|${CURRENCY}${SIGN}) ?${BODY} ?${SUFFIX}$`, "i");

const SUFFIX_DIGITS: Record<string, number> = { "": 0, k: 3, m: 6, b: 9 };

/** The number the text means, or null when it is not a plain count or amount. */
export function parseNumberInput(text: string): number | null {
  // Collapse every kind of space to one ASCII space, so "12 500" is grouping and "$ 5" is allowed.
  const input = text.replace(SPACES, " ").trim().replace(/ +/g, " ");
  const match = PATTERN.exec(input);
  if (!match) return null;
  const sign = match[1] || match[4] || "";
  const whole = (match[5] ?? "").replace(/[, ]/g, "");
  const fraction = (match[6] ?? "").slice(1);
  const shift = SUFFIX_DIGITS[(match[7] ?? "").toLowerCase()] ?? 0;
  // Move the decimal point in the text rather than multiply, so "1.15k" is exactly 1150.
  const digits = whole + fraction.padEnd(shift, "0");
  const point = whole.length + shift;
  const magnitude = Number(`${digits.slice(0, point) || "0"}.${digits.slice(point) || "0"}`);
  if (!Number.isFinite(magnitude)) return null;
  if (magnitude === 0) return 0; // never -0
  return sign === "-" || sign === "\u2212" ? -magnitude : magnitude;
}

function toNumber(value: number | string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return parseNumberInput(value);
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
