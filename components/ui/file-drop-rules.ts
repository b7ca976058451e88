// The pure rules of FileDrop (components/ui/file-drop.tsx): which files its `accept` list takes and how a size reads.
// A drop skips the file picker's own `accept` filter, so the box checks the dropped file itself before it is sent.

/** The entries of an `accept` list, trimmed and lower-cased: ".zip", "application/zip", "image/*". */
function acceptEntries(accept: string): string[] {
  return accept
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether a file matches one entry of an `accept` list, by its name's extension or its MIME type (`type/*` included). An empty list takes anything. */
export function matchesAccept(file: { name: string; type: string }, accept: string): boolean {
  const entries = acceptEntries(accept);
  if (entries.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return entries.some((entry) => {
    if (entry.startsWith(".")) return name.endsWith(entry);
    if (entry.endsWith("/*")) return type.startsWith(entry.slice(0, -1));
    return type !== "" && type === entry;
  });
}

/** The extensions an `accept` list names, as written for people: ".zip,.json,application/zip" → [".zip", ".json"]. */
export function acceptedExtensions(accept: string): string[] {
  return [...new Set(acceptEntries(accept).filter((entry) => entry.startsWith(".")))];
}

export type FileRefusal = "type" | "size";

/** Why the box refuses a file before sending it, or null: a type its `accept` list does not name (when checked), or more bytes than `maxBytes`. */
export function refusalOf(
  file: { name: string; type: string; size: number },
  rules: { accept: string; checkType?: boolean; maxBytes?: number },
): FileRefusal | null {
  if (rules.checkType && !matchesAccept(file, rules.accept)) return "type";
  if (rules.maxBytes !== undefined && file.size > rules.maxBytes) return "size";
  return null;
}

export type SizeUnit = "byte" | "kilobyte" | "megabyte" | "gigabyte";

/** A byte count → a number and the Intl unit to show it in (binary steps, as the server's limits are written: 1 GB = 1024³ bytes). */
export function sizeParts(bytes: number): { value: number; unit: SizeUnit } {
  const units: SizeUnit[] = ["byte", "kilobyte", "megabyte", "gigabyte"];
  let value = Math.max(0, bytes);
  let step = 0;
  while (value >= 1024 && step < units.length - 1) {
    value /= 1024;
    step += 1;
  }
  return { value, unit: units[step]! };
}
