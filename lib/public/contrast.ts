// WCAG 2.x colour contrast, pure. The public page adjusts the owner's accent
// colour per theme so accent text and accent fills always meet AA (4.5:1).

export type Rgb = { r: number; g: number; b: number };

/** AA for normal-size text. */
export const AA_TEXT = 4.5;

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#4338ca", "4338ca" or "#43c" → { r, g, b }; null when it is not a hex colour. */
export function parseHex(value: string): Rgb | null {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  const n = Number.parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function toHex({ r, g, b }: Rgb): string {
  const part = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, "0");
  return `#${part(r)}${part(g)}${part(b)}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: Rgb | string): number {
  const rgb = typeof color === "string" ? parseHex(color) : color;
  if (!rgb) throw new Error(`Not a hex colour: ${String(color)}`);
  return 0.2126 * channel(rgb.r) + 0.7152 * channel(rgb.g) + 0.0722 * channel(rgb.b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** `amount` of the way from `from` to `to` (0 = from, 1 = to), per channel. */
export function mix(from: Rgb | string, to: Rgb | string, amount: number): string {
  const a = typeof from === "string" ? parseHex(from)! : from;
  const b = typeof to === "string" ? parseHex(to)! : to;
  return toHex({ r: a.r + (b.r - a.r) * amount, g: a.g + (b.g - a.g) * amount, b: a.b + (b.b - a.b) * amount });
}

/** Black or white, whichever reads better on `fill` (always ≥ 4.5:1: the worse case is about 4.58). */
export function readableOn(fill: string): "#000000" | "#ffffff" {
  return contrastRatio(fill, "#000000") >= contrastRatio(fill, "#ffffff") ? "#000000" : "#ffffff";
}

/**
 * The colour closest to `color` that reaches `min` contrast against every one
 * of `backgrounds`: moved step by step towards black on light backgrounds, or
 * towards white on dark ones. Returned unchanged when it already passes.
 */
export function ensureContrast(color: string, backgrounds: readonly string[], min = AA_TEXT): string {
  const start = parseHex(color);
  if (!start || backgrounds.length === 0) return color;
  const passes = (candidate: string) => backgrounds.every((bg) => contrastRatio(candidate, bg) >= min);
  const original = toHex(start);
  if (passes(original)) return original;
  const darkBackground = relativeLuminance(backgrounds[0]!) < 0.18;
  const target = darkBackground ? "#ffffff" : "#000000";
  for (let step = 1; step <= 40; step++) {
    const candidate = mix(start, target, step / 40);
    if (passes(candidate)) return candidate;
  }
  return target;
}

export type AccentPalette = {
  /** Accent for text, links, icons and focus rings: ≥ 4.5:1 on bg and surface. */
  accent: string;
  /** Text on accent fills. */
  accentFg: string;
  /** A faint accent tint for badges and highlights; accent text on it still passes. */
  accentSoft: string;
};

/** The owner's accent adapted to a theme's background and surface colours. */
export function accentPalette(accent: string, background: string, surface: string): AccentPalette {
  const base = parseHex(accent) ? accent : "#4338ca";
  // The tint depends on the accent and the accent must read on the tint: settle both in two rounds.
  let adjusted = ensureContrast(base, [background, surface]);
  let soft = mix(background, adjusted, 0.1);
  adjusted = ensureContrast(adjusted, [background, surface, soft]);
  soft = mix(background, adjusted, 0.1);
  adjusted = ensureContrast(adjusted, [background, surface, soft]);
  return { accent: adjusted, accentFg: readableOn(adjusted), accentSoft: soft };
}
