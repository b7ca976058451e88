// Small numeric helpers for the benchmark report.

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export type Verdict = "PASS" | "MISS";

export function verdict(pass: boolean): Verdict {
  return pass ? "PASS" : "MISS";
}

/**
 * How render time grows with item count, compared with linear growth:
 * (time per item, large) / (time per item, small). At most 1 means linear or better.
 */
export function perItemRatio(small: { ms: number; items: number }, large: { ms: number; items: number }): number {
  return large.ms / large.items / (small.ms / small.items);
}

/** Extra milliseconds per extra item between two sizes (the marginal cost of an item). */
export function marginalMsPerItem(small: { ms: number; items: number }, large: { ms: number; items: number }): number {
  return (large.ms - small.ms) / (large.items - small.items);
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${Math.round(bytes)} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** A Markdown table (also readable as plain text). */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
