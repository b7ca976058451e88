import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ["“", "”"],
  ["„", "“"],
  ["„", "”"],
  ["«", "»"],
  ['"', '"'],
  ["'", "'"],
  ["‘", "’"],
];

/** The text without one pair of quotes around all of it, for messages that put their own quotes around a name. */
export function unquote(text: string): string {
  const trimmed = text.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    if (trimmed.length > open.length + close.length && trimmed.startsWith(open) && trimmed.endsWith(close)) {
      return trimmed.slice(open.length, trimmed.length - close.length).trim();
    }
  }
  return text;
}

const INNER_QUOTES: Record<string, string> = { "“": "‘", "”": "’", "„": "‚", '"': "'" };

/**
 * A name ready for a message that puts its own double quotes around it: one outer pair dropped
 * (unquote), and double quotes inside it made single, as quotes within quotes are written
 * ("See the sample “‘Guess the new drink’ barista reel”", never "““Guess…”").
 */
export function quotable(text: string): string {
  return unquote(text).replace(/[“”„"]/g, (mark) => INNER_QUOTES[mark] ?? mark);
}
