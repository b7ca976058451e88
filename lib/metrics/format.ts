import { isMoneyKind, moneyInputs, type ComputedFigure, type InputName, type MetricKindName } from "./formulas";

// Locale-aware number formatting for metrics, shared by the editor and the public page.
// Formatters are cached: Intl.NumberFormat construction is the slow part.

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    cache.set(key, nf);
  }
  return nf;
}

const MINUS = "\u2212";

/** Formats with a typographic minus (−) instead of the hyphen Intl uses in many locales. */
function withTrueMinus(nf: Intl.NumberFormat, n: number): string {
  return nf
    .formatToParts(n)
    .map((part) => (part.type === "minusSign" ? MINUS : part.value))
    .join("");
}

/** A full count: "12,500". Fractions (rare for counts) keep up to two digits. */
export function formatCount(n: number, locale: string): string {
  return withTrueMinus(formatter(locale, { maximumFractionDigits: 2 }), n);
}

/** A short count for cards and charts: "12.5K", "1.2M". */
export function formatCompact(n: number, locale: string): string {
  return withTrueMinus(formatter(locale, { notation: "compact", maximumFractionDigits: 1 }), n);
}

/** A ratio as a percent: 0.042 → "4.2%". */
export function formatPercent(ratio: number, locale: string, digits = 1): string {
  return withTrueMinus(formatter(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }), ratio);
}

/** A change as a signed percent: "+66.7%", "−12.0%", "0.0%" (a change that rounds to zero has no sign). */
export function formatSignedPercent(ratio: number, locale: string, digits = 1): string {
  return withTrueMinus(formatter(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "exceptZero" }), ratio);
}

/**
 * An amount of money: "$12,500", "$0.42", "$1.50". Whole amounts drop their cents.
 * An unknown currency code falls back to the number followed by the code.
 */
export function formatMoney(n: number, currency: string, locale: string): string {
  let nf: Intl.NumberFormat;
  try {
    nf = formatter(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", trailingZeroDisplay: "stripIfInteger" });
  } catch {
    return `${formatCount(n, locale)} ${currency}`;
  }
  return withTrueMinus(nf, n);
}

/** A computed figure as shown to readers: rates as percents, ROI signed, costs as money. */
export function formatFigure(figure: ComputedFigure, locale: string, currency = "USD"): string {
  if (figure.unit === "money") return formatMoney(figure.value, currency, locale);
  if (figure.key === "roi") return formatSignedPercent(figure.value, locale);
  return formatPercent(figure.value, locale);
}

/**
 * A figure's inputs formatted for its worked formula (`metrics.worked.<formula>` messages):
 * money inputs in the currency, the rest as counts.
 */
export function formatFigureInputs(figure: ComputedFigure, locale: string, currency = "USD"): Partial<Record<InputName, string>> {
  const out: Partial<Record<InputName, string>> = {};
  for (const [name, value] of Object.entries(figure.inputs) as [InputName, number][]) {
    out[name] = moneyInputs.includes(name) ? formatMoney(value, currency, locale) : formatCount(value, locale);
  }
  return out;
}

/** A raw metric value: money kinds in the currency, everything else as a count. */
export function formatMetricValue(kind: MetricKindName, value: number, locale: string, currency = "USD"): string {
  return isMoneyKind(kind) ? formatMoney(value, currency, locale) : formatCount(value, locale);
}

/** The short big-number form of a result: "6.9K", "€9,300" (money stays exact). */
export function formatHeadlineValue(result: { kind: MetricKindName; value: number }, locale: string, currency = "USD"): string {
  return isMoneyKind(result.kind) ? formatMoney(result.value, currency, locale) : formatCompact(result.value, locale);
}
