// Example-style unit tests written as a table: the same check, `expect(fn(input)).toBe(expected)`, once per row.
import { expect, it } from "vitest";

/** One test per row, named "<title>: <input> → <expected>", each asserting `expect(fn(input)).toBe(expected)`. */
export function itReturns<I, O>(title: string, fn: (input: I) => O, rows: Array<[I, O]>): void {
  it.each(rows)(`${title}: %j → %j`, (input, expected) => {
    expect(fn(input)).toBe(expected);
  });
}
