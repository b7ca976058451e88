// Completeness check between two languages' messages (issue #17 "Keep it complete"): same keys, same ICU
// arguments (names, types, select options, plural vs select), every message parses. Used by
// tests/unit/i18n-completeness.test.ts for every locale folder beside en; plain data in, problems out.
import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type MessageTree = { [key: string]: string | MessageTree };
export type Problem = { key: string; problem: string };

/** "a.b.c" → message, for every leaf. A leaf that is not a string is reported by `compareMessages`. */
export function flatten(tree: MessageTree, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) flatten(value, full, out);
    else out.set(full, value);
  }
  return out;
}

/** The kind of a plain argument, by its element type. */
const simpleKinds = { [TYPE.argument]: "text", [TYPE.number]: "number", [TYPE.date]: "date", [TYPE.time]: "time" } as const;

/**
 * What a message needs from its caller: each argument's name with its kind ("text", "number", "date", "time",
 * "select(a|b|other)", "plural", "selectordinal", "tag"). Plural option sets are not compared: languages have
 * different CLDR categories (Latvian zero/one/other, English one/other).
 */
export function argumentsOf(message: string): Map<string, string> {
  const args = new Map<string, string>();
  const add = (name: string, kind: string) => {
    const seen = args.get(name);
    if (!seen || seen === kind) args.set(name, kind);
    // `{n, plural, ...}` with `{n, number}` inside is one numeric argument: the plural wins
    else if (isNumeric(seen) && isNumeric(kind)) args.set(name, seen === "number" ? kind : seen);
    else args.set(name, `${seen} & ${kind}`);
  };
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      switch (el.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          add(el.value, simpleKinds[el.type]);
          break;
        case TYPE.select:
          add(el.value, `select(${Object.keys(el.options).sort().join("|")})`);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        case TYPE.plural:
          add(el.value, el.pluralType === "ordinal" ? "selectordinal" : "plural");
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        case TYPE.tag:
          add(`<${el.value}>`, "tag");
          walk(el.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return args;
}
const isNumeric = (kind: string) => kind === "number" || kind === "plural" || kind === "selectordinal";

const signature = (args: Map<string, string>) =>
  [...args]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, kind]) => `${name}:${kind}`)
    .join(", ") || "none";

/** Every difference between the reference language (en) and another one, sorted by key. */
export function compareMessages(reference: MessageTree, other: MessageTree, names = { reference: "en", other: "other" }): Problem[] {
  const problems: Problem[] = [];
  const ref = flatten(reference);
  const oth = flatten(other);
  const argsOf = (key: string, message: unknown, language: string) => {
    if (typeof message !== "string") {
      problems.push({ key, problem: `${language}: not a string message` });
      return undefined;
    }
    try {
      return argumentsOf(message);
    } catch (error) {
      problems.push({ key, problem: `${language}: does not parse (${(error as Error).message})` });
      return undefined;
    }
  };
  for (const [key, message] of ref) {
    const refArgs = argsOf(key, message, names.reference);
    if (!oth.has(key)) {
      problems.push({ key, problem: `missing in ${names.other}` });
      continue;
    }
    const othArgs = argsOf(key, oth.get(key), names.other);
    if (refArgs && othArgs && signature(refArgs) !== signature(othArgs)) {
      problems.push({ key, problem: `arguments differ: ${names.reference} {${signature(refArgs)}}, ${names.other} {${signature(othArgs)}}` });
    }
  }
  for (const key of oth.keys()) if (!ref.has(key)) problems.push({ key, problem: `missing in ${names.reference} (only in ${names.other})` });
  return problems.sort((a, b) => a.key.localeCompare(b.key));
}

/** Every message of one language on its own: each parses. */
export function parseProblems(tree: MessageTree, language = "en"): Problem[] {
  const problems: Problem[] = [];
  for (const [key, message] of flatten(tree)) {
    if (typeof message !== "string") problems.push({ key, problem: `${language}: not a string message` });
    else
      try {
        argumentsOf(message);
      } catch (error) {
        problems.push({ key, problem: `${language}: does not parse (${(error as Error).message})` });
      }
  }
  return problems;
}

export const messagesRoot = path.join(process.cwd(), "lib/i18n/messages");

/** The locale folders beside en (lv once it exists). */
export function otherLocales(root = messagesRoot): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "en")
    .map((entry) => entry.name)
    .sort();
}

/** A locale folder read as its files: { "campaigns.json": {...}, ... }. */
export function readLocaleFiles(locale: string, root = messagesRoot): Record<string, MessageTree> {
  const dir = path.join(root, locale);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => [file, JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as MessageTree]),
  );
}

/** Both folders, file by file: the same file names (one per room), then the same keys and arguments per file. */
export function compareLocaleFolders(
  reference: Record<string, MessageTree>,
  other: Record<string, MessageTree>,
  names: { reference: string; other: string },
): Problem[] {
  const problems: Problem[] = [];
  const files = [...new Set([...Object.keys(reference), ...Object.keys(other)])].sort();
  for (const file of files) {
    const [ours, theirs] = [reference[file], other[file]];
    if (!theirs) problems.push({ key: file, problem: `file missing in ${names.other}` });
    else if (!ours) problems.push({ key: file, problem: `file missing in ${names.reference} (only in ${names.other})` });
    else problems.push(...compareMessages(ours, theirs, names).map((p) => ({ ...p, key: `${file}: ${p.key}` })));
  }
  return problems;
}
