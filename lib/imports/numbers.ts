// Numbers as exports write them, in any locale: "1777.0", "12,400", "1 234,5" (space or no-break
// space grouping), "1.234,5", "3,5%", "-" for none. A cell that could be read both ways
// ("12,400": twelve thousand four hundred or twelve point four) is read with the file's
// decimal separator, which the preview shows and lets the user change.

export type DecimalSeparator = "point" | "comma";

export type ParsedNumber =
  { kind: "empty" } | { kind: "number"; value: number; ambiguous: boolean; percent: boolean; evidence: DecimalSeparator | null } | { kind: "invalid" };

const EMPTY = new Set(["", "-", "–", "—", "n/a", "na", "null", "undefined", "--"]);
const SPACES = /[\s\u00a0\u202f']/g;

/** What a cell says about the decimal separator: "point", "comma" or nothing. */
export function decimalEvidence(text: string): DecimalSeparator | null {
  const t = text.trim().replace(/%$/, "").replace(SPACES, "");
  if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t) || /^[+-]?\d+\.(\d{1,2}|\d{4,})$/.test(t)) return "point";
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t) || /^[+-]?\d+,(\d{1,2}|\d{4,})$/.test(t)) return "comma";
  // "1 234,5": grouping by spaces with a comma fraction.
  if (/^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+,\d+$/.test(text.trim())) return "comma";
  return null;
}

const PLAIN_INTEGER = /^\d{1,15}$/;
const PLAIN_DECIMAL = /^\d{1,15}\.(\d{1,2}|\d{4,})$/;

const US_GROUPS = /^\d{1,3}(,\d{3})+$/;

export function parseLocaleNumber(raw: string, decimal: DecimalSeparator): ParsedNumber {
  const text = raw.trim();
  // Fast paths: most cells of a large export are plain integers, "1777.0" or "12,400".
  if (PLAIN_INTEGER.test(text)) return { kind: "number", value: Number(text), ambiguous: false, percent: false, evidence: null };
  if (PLAIN_DECIMAL.test(text)) return { kind: "number", value: Number(text), ambiguous: false, percent: false, evidence: "point" };
  if (US_GROUPS.test(text)) {
    const single = text.indexOf(",") === text.lastIndexOf(",");
    // "1,234,567" can only be grouping; "12,400" is 12400 or 12.4 by the file's separator.
    const value = single && decimal === "comma" ? Number(text.replace(",", ".")) : Number(text.replaceAll(",", ""));
    return { kind: "number", value, ambiguous: single && text[0] !== "0", percent: false, evidence: null };
  }
  if (text.length <= 9 && EMPTY.has(text.toLowerCase())) return { kind: "empty" };
  const percent = text.endsWith("%");
  let t = (percent ? text.slice(0, -1) : text)
    .replace(SPACES, "")
    .replace(/^[$€£]/, "")
    .replace(/\u2212/g, "-");
  if (!/^[+-]?[\d.,]+$/.test(t) || !/\d/.test(t)) return { kind: "invalid" };
  const evidence = decimalEvidence(text);
  const commas = (t.match(/,/g) ?? []).length;
  const points = (t.match(/\./g) ?? []).length;
  // One separator, followed by exactly three digits: either a thousands group or a fraction.
  // "0.123" cannot be a thousands group, so it is not ambiguous.
  const ambiguous = evidence === null && commas + points === 1 && /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/.test(t);
  const separator: DecimalSeparator =
    evidence ??
    (commas > 0 && points > 0 ? (t.lastIndexOf(",") > t.lastIndexOf(".") ? "comma" : "point") : commas > 1 ? "point" : points > 1 ? "comma" : decimal);
  if (separator === "point") t = t.replace(/,/g, "");
  else t = t.replace(/\./g, "").replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return { kind: "invalid" };
  const value = Number(t);
  if (!Number.isFinite(value)) return { kind: "invalid" };
  return { kind: "number", value: value === 0 ? 0 : value, ambiguous, percent, evidence };
}

/** "0:01:05" or "1:05" → seconds; null when the text is not a duration. */
export function parseDuration(raw: string): number | null {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?$/.exec(raw.trim());
  if (!match) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
