// The one matcher for confidential client names. Pure (no server imports): the
// visitor read model scrubs text with it, case-study slugs are checked with it
// (form, server action, public read model, sitemap) and the editor's warning
// finds where a name still appears with it.
//
// What counts as "the name" in a text:
// - case, spaces, hyphens, underscores, dots and "&"/"and" between the name's
//   parts are ignored: "Zyxcorp Holdings" is found in "ZYXCORP HOLDINGS",
//   "#ZyxcorpHoldings", "zyxcorp-holdings.com", "zyxcorp_holdings";
//   accents too ("Café Nord" in "cafe-nord");
// - a name of 3+ letters/digits is found inside longer words as well
//   (hashtags, domains, "ZyxcorpHoldings2024"); a shorter one ("HP") only as a
//   whole word, so "HP" is found in "#HP" and "hp.com" but not in "php";
//   a one-character name is never matched (it would match every "a").
// - "distinctive parts": the words of a multi-word name that are 3+ characters
//   and not generic ("Holdings", "Group", "Inc", "Coffee"... see GENERIC_WORDS).
//   They are NOT scrubbed from free text on their own (a client "Northwind
//   Coffee Roasters" must not turn every "coffee" into a label, and a partial
//   replacement reads as nonsense); instead the editor's warning lists every
//   place one appears, and a slug containing one is refused.

export type ConfidentialName = {
  /** The client's real name, as the owner typed it. */
  name: string;
  /** What replaces it in visitor text (the anonymized label, or a placeholder). */
  label: string;
};

type CompiledName = ConfidentialName & {
  /** Folded letters/digits of the whole name: "zyxcorpholdings". */
  compact: string;
  /** Finds the whole name in folded text (global). */
  pattern: RegExp;
  /** Distinctive parts, folded: ["zyxcorp"]. */
  parts: string[];
};

export type NameMatcher = { names: CompiledName[] };

/** Words too common to identify a client on their own (legal forms, industry words, fillers). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  "the",
  "and",
  "for",
  "of",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "llp",
  "plc",
  "corp",
  "corporation",
  "company",
  "companies",
  "group",
  "holding",
  "holdings",
  "international",
  "global",
  "gmbh",
  "sia",
  "ag",
  "sa",
  "srl",
  "bv",
  "nv",
  "oy",
  "ab",
  "as",
  "co",
  "brand",
  "brands",
  "agency",
  "studio",
  "studios",
  "media",
  "digital",
  "marketing",
  "partners",
  "services",
  "solutions",
  "systems",
  "foods",
  "food",
  "coffee",
  "cafe",
  "bakery",
  "restaurant",
  "restaurants",
  "store",
  "stores",
  "shop",
  "retail",
  "fashion",
  "beauty",
  "fitness",
  "gym",
  "hotel",
  "hotels",
  "bank",
  "insurance",
  "labs",
  "lab",
  "tech",
  "technologies",
  "software",
  "consulting",
  "industries",
  "enterprises",
  "trading",
  "roasters",
  "north",
  "south",
  "east",
  "west",
  "new",
  "city",
  "club",
  "house",
  "home",
  "world",
  "foundation",
  "association",
  "university",
  "school",
]);

/** Lower case, accents and special letters folded to ASCII (same folding as slugify). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (char) => ({ ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i" })[char] ?? char)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The words of a name, folded: "Zyxcorp Holdings, Inc." → ["zyxcorp", "holdings", "inc"] ("&" is dropped). */
function wordsOf(name: string): string[] {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const SEPARATORS = "(?:[\\s\\-_.&+'’]|and)*";
const WORD_CHAR = "[\\p{L}\\p{N}]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile({ name, label }: ConfidentialName): CompiledName | null {
  const words = wordsOf(name).filter((word) => word !== "and");
  const compact = words.join("");
  if (compact.length < 2) return null;
  const body = words.map(escapeRegExp).join(SEPARATORS);
  const short = compact.length < 3;
  const pattern = new RegExp(short ? `(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})` : body, "giu");
  const parts = words.length > 1 ? words.filter((word) => word.length >= 3 && !GENERIC_WORDS.has(word)) : [];
  return { name, label, compact, pattern, parts };
}

/** Compiles the owner's confidential names once; longest first, so "Northwind Coffee Roasters" wins over "Northwind". */
export function nameMatcher(names: readonly ConfidentialName[]): NameMatcher {
  const seen = new Set<string>();
  const compiled: CompiledName[] = [];
  for (const entry of names) {
    const item = compile(entry);
    if (!item || seen.has(item.compact)) continue;
    seen.add(item.compact);
    compiled.push(item);
  }
  compiled.sort((a, b) => b.compact.length - a.compact.length);
  return { names: compiled };
}

/**
 * Folding can change a string's length ("ß" → "ss"), and the replacement must
 * cut the original text. Maps each folded character back to its source index.
 */
function foldWithIndex(text: string): { folded: string; source: (index: number) => number } {
  // ASCII folds to itself, same length: no map needed (the usual case).
  if (/^[\x00-\x7f]*$/.test(text)) return { folded: text.toLowerCase(), source: (index) => index };
  const pieces: string[] = [];
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = char.charCodeAt(0) < 0x80 ? char.toLowerCase() : fold(char);
    for (let i = 0; i < piece.length; i++) map.push(index);
    pieces.push(piece);
    index += char.length;
  }
  map.push(text.length);
  return { folded: pieces.join(""), source: (at) => map[at]! };
}

type Hit = { start: number; end: number; name: CompiledName };

/** Every whole-name occurrence in `text` (original indices), longest names first, never overlapping. */
function findHits(text: string, matcher: NameMatcher): Hit[] {
  if (matcher.names.length === 0 || text === "") return [];
  // Every string of the visitor view passes through here: the cheap test first, the index map only on a hit.
  const quick = fold(text);
  if (!matcher.names.some((name) => ((name.pattern.lastIndex = 0), name.pattern.test(quick)))) return [];
  const { folded, source } = foldWithIndex(text);
  const hits: Hit[] = [];
  const taken = (start: number, end: number) => hits.some((hit) => start < hit.end && end > hit.start);
  for (const name of matcher.names) {
    name.pattern.lastIndex = 0;
    for (const match of folded.matchAll(name.pattern)) {
      if (match[0].length === 0) continue;
      const start = source(match.index);
      const end = source(match.index + match[0].length);
      if (!taken(start, end)) hits.push({ start, end, name });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Replaces every occurrence of a confidential name (in any of its spellings) with its label. */
export function scrubText(text: string, matcher: NameMatcher): string {
  const hits = findHits(text, matcher);
  if (hits.length === 0) return text;
  let out = "";
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.start) + hit.name.label;
    at = hit.end;
  }
  return out + text.slice(at);
}

export type NameFinding = {
  /** The confidential name found (as the owner typed it). */
  name: string;
  /** The distinctive part found when the whole name was not ("Zyxcorp" of "Zyxcorp Holdings"); null for the whole name. */
  part: string | null;
};

/** Where the editor warns: every confidential name, or distinctive part of one, that still appears in `text`. */
export function findNames(text: string, matcher: NameMatcher): NameFinding[] {
  const findings: NameFinding[] = [];
  const whole = new Set(findHits(text, matcher).map((hit) => hit.name));
  const folded = fold(text);
  for (const name of matcher.names) {
    if (whole.has(name)) {
      findings.push({ name: name.name, part: null });
      continue;
    }
    const part = name.parts.find((word) => new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(word)}`, "u").test(folded));
    if (part) findings.push({ name: name.name, part: originalSpelling(text, part) });
  }
  return findings;
}

/** The part as it is written in the text ("Zyxcorp"), falling back to the folded form. */
function originalSpelling(text: string, part: string): string {
  const { folded, source } = foldWithIndex(text);
  const index = folded.search(new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(part)}`, "u"));
  return index < 0 ? part : text.slice(source(index), source(index + part.length));
}

/**
 * The confidential name a slug gives away, or null. A slug is refused when it
 * contains a whole name with its hyphens ignored ("zyxcorp-holdings-relaunch",
 * "zyxcorpholdings"), a short name as a whole segment ("hp-launch"), or a
 * distinctive part as a whole segment ("zyxcorp-relaunch").
 */
export function slugRevealsName(slug: string, matcher: NameMatcher): string | null {
  const segments = slug.toLowerCase().split("-").filter(Boolean);
  const compactSlug = segments.join("");
  for (const name of matcher.names) {
    const short = name.compact.length < 3;
    if (!short && compactSlug.includes(name.compact)) return name.name;
    if (
      containsRun(
        segments,
        wordsOf(name.name).filter((word) => word !== "and"),
      )
    )
      return name.name;
    if (name.parts.some((part) => segments.includes(part))) return name.name;
  }
  return null;
}

/** Whether the slug's segments hold `words` consecutively, allowing an "and" between them ("smith-and-sons"). */
function containsRun(segments: string[], words: string[]): boolean {
  if (words.length === 0) return false;
  const withoutAnd = segments.filter((segment) => segment !== "and");
  for (let i = 0; i + words.length <= withoutAnd.length; i++) {
    if (words.every((word, j) => withoutAnd[i + j] === word)) return true;
  }
  return false;
}
