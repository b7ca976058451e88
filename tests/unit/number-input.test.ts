import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { currentInputLocale, numberInput, optionalNumberInput, parseNumberInput, setInputLocaleSource, toNumber } from "@/lib/metrics/number";

describe("parseNumberInput", () => {
  it.each([
    ["12500", 12500],
    ["12,500", 12500],
    ["12 500", 12500],
    ["12\u00a0500", 12500], // no-break space, as Intl prints in fr
    ["12\u202f500", 12500], // narrow no-break space
    ["12  500", 12500], // runs of spaces collapse, so an accidental double space still reads
    ["1,234,567", 1234567],
    ["1 234 567", 1234567],
    ["12,500.75", 12500.75],
    ["0.5", 0.5],
    [".5", 0.5],
    ["0", 0],
    ["007", 7],
    ["12.5k", 12500],
    ["12.5K", 12500],
    ["12.5 k", 12500],
    ["1.15k", 1150],
    ["1.005k", 1005],
    ["1.2m", 1_200_000],
    ["1.2M", 1_200_000],
    ["3b", 3_000_000_000],
    ["3B", 3_000_000_000],
    ["1.23456k", 1234.56],
    ["+5", 5],
    ["+12.5k", 12500],
    ["-3", -3],
    ["\u22123", -3], // typographic minus
    ["-12,500", -12500],
    ["$1,200", 1200],
    ["$ 1,200", 1200],
    ["€1.200", 1.2], // "." is always the decimal point: no locale guessing
    ["£99.99", 99.99],
    ["$2.5k", 2500],
    ["-$5", -5],
    ["$-5", -5],
    ["  42  ", 42],
    ["1000000000000000", 1e15],
    ["9".repeat(300), Number("9".repeat(300))],
    // A comma not followed by exactly three digits is a decimal comma (issue #17: what a Latvian types).
    ["1,23", 1.23],
    ["1,2345", 1.2345],
    ["12,50", 12.5],
  ])("reads %j as %d", (text, expected) => {
    expect(parseNumberInput(text)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "abc",
    "12abc",
    "4.2%",
    "%",
    "1,2,3",
    ",500",
    "12,500 000", // mixed separators
    "12.5.3",
    "12.",
    "1e400",
    "1e5",
    "Infinity",
    "-Infinity",
    "NaN",
    "9".repeat(400),
    "$",
    "k",
    "-",
    "+-3",
    "--3",
    "1.2.k",
    "5kk",
    "5x",
    "1,000k,",
    "1 2",
    "¥100",
    "100€",
    "0x10",
  ])("rejects %j", (text) => {
    expect(parseNumberInput(text)).toBeNull();
  });

  it("never returns negative zero", () => {
    expect(Object.is(parseNumberInput("-0"), 0)).toBe(true);
    expect(Object.is(parseNumberInput("-0.0k"), 0)).toBe(true);
  });
});

describe("numberInput", () => {
  const schema = z.object({ value: numberInput });

  it("accepts typed text and numbers", () => {
    expect(schema.parse({ value: "12.5k" })).toEqual({ value: 12500 });
    expect(schema.parse({ value: 42 })).toEqual({ value: 42 });
  });

  it("says 'required' when blank and 'number' when unreadable (validation message keys)", () => {
    const blank = schema.safeParse({ value: "  " });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe("required");
    const bad = schema.safeParse({ value: "12.5.3" });
    expect(bad.error?.issues[0]?.message).toBe("number");
    expect(bad.error?.issues[0]?.path).toEqual(["value"]);
    expect(schema.safeParse({ value: Number.NaN }).error?.issues[0]?.message).toBe("number");
    expect(schema.safeParse({ value: Number.POSITIVE_INFINITY }).error?.issues[0]?.message).toBe("number");
    expect(schema.safeParse({ value: true }).error?.issues[0]?.message).toBe("number");
    expect(schema.safeParse({}).success).toBe(false);
  });
});

describe("optionalNumberInput", () => {
  const schema = z.object({ baseline: optionalNumberInput });

  it("turns blank, null and missing into null", () => {
    expect(schema.parse({ baseline: "" })).toEqual({ baseline: null });
    expect(schema.parse({ baseline: "   " })).toEqual({ baseline: null });
    expect(schema.parse({ baseline: null })).toEqual({ baseline: null });
    expect(schema.parse({ baseline: undefined })).toEqual({ baseline: null });
    expect(schema.parse({})).toEqual({ baseline: null });
  });

  it("reads numbers and rejects unreadable text with 'number'", () => {
    expect(schema.parse({ baseline: "3,000" })).toEqual({ baseline: 3000 });
    expect(schema.parse({ baseline: 0 })).toEqual({ baseline: 0 });
    expect(schema.safeParse({ baseline: "4.2%" }).error?.issues[0]?.message).toBe("number");
    expect(schema.safeParse({ baseline: Number.NaN }).error?.issues[0]?.message).toBe("number");
  });
});

describe("parseNumberInput: Latvian input (issue #17)", () => {
  it.each([
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1234,5", 1234.5],
    ["12 400", 12400],
    ["3,5", 3.5],
    ["1234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1 234 567,89", 1234567.89],
    ["-3,5", -3.5],
    ["2,5k", 2500],
    ["€1 234,50", 1234.5],
  ])("reads %j as %d in both languages", (text, expected) => {
    expect(parseNumberInput(text, "lv")).toBe(expected);
    expect(parseNumberInput(text, "en")).toBe(expected);
  });

  it("decides the ambiguous '1,234' by the UI language: thousands in English, a decimal comma in Latvian", () => {
    expect(parseNumberInput("1,234", "en")).toBe(1234);
    expect(parseNumberInput("1,234", "lv")).toBe(1.234);
    expect(parseNumberInput("12,400", "lv")).toBe(12.4);
    expect(parseNumberInput("1,234")).toBe(1234); // English by default
    // Not ambiguous: two comma groups, or a decimal point after them.
    expect(parseNumberInput("1,234,567", "lv")).toBe(1234567);
    expect(parseNumberInput("1,234.5", "lv")).toBe(1234.5);
  });

  it.each(["1,2,3", ",5", "1 234,5,6", "1.234.5", "12,500 000", "1 23,5"])("rejects %j in Latvian too", (text) => {
    expect(parseNumberInput(text, "lv")).toBeNull();
  });
});

describe("number schemas read typed text in the UI language (issue #17)", () => {
  const schema = z.object({ value: numberInput, baseline: optionalNumberInput });
  afterEach(() => setInputLocaleSource(() => undefined));

  it("read '1,234' as thousands in English, the default", () => {
    expect(schema.parse({ value: "1,234", baseline: "1,5" })).toEqual({ value: 1234, baseline: 1.5 });
    setInputLocaleSource(() => "en");
    expect(schema.parse({ value: "1,234", baseline: "1,5" })).toEqual({ value: 1234, baseline: 1.5 });
  });

  it("read '1,234' and '1,5' with a decimal comma for a Latvian user", () => {
    setInputLocaleSource(() => "lv");
    expect(currentInputLocale()).toBe("lv");
    expect(schema.parse({ value: "1,234", baseline: "1,5" })).toEqual({ value: 1.234, baseline: 1.5 });
    expect(schema.parse({ value: "12 400", baseline: "1 234,5" })).toEqual({ value: 12400, baseline: 1234.5 });
  });
});

describe("toNumber: one reading for the live figures and the schemas", () => {
  afterEach(() => setInputLocaleSource(() => undefined));

  it("reads numbers and text in the UI language; anything else is null", () => {
    expect(toNumber(12)).toBe(12);
    expect(toNumber(Number.NaN)).toBeNull();
    expect(toNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(toNumber("12,500")).toBe(12500);
    expect(toNumber("")).toBeNull();
    expect(toNumber(undefined)).toBeNull();
    expect(toNumber(null)).toBeNull();
    setInputLocaleSource(() => "lv");
    expect(toNumber("1,5")).toBe(1.5);
  });
});
