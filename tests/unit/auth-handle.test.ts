import { describe, expect, it } from "vitest";
import { handleCandidate, handleSchema, reservedHandles, suggestHandle, tidyTypedHandle } from "@/lib/auth/handle";
import { itReturns } from "../support/examples";

function check(value: string) {
  const result = handleSchema.safeParse(value);
  return result.success ? { ok: true as const, handle: result.data } : { ok: false as const, message: result.error.issues[0]?.message };
}

describe("handle rules", () => {
  it.each([...reservedHandles])("rejects the reserved word %s", (word) => {
    expect(check(word)).toMatchObject({ ok: false });
  });

  it("reserves every top-level route and likely future one, but not the demo account", () => {
    for (const word of [
      "api",
      "admin",
      "login",
      "logout",
      "signup",
      "register",
      "dashboard",
      "settings",
      "p",
      "s",
      "_next",
      "static",
      "public",
      "assets",
      "about",
      "help",
      "pricing",
      "terms",
      "privacy",
      "blog",
      "docs",
      "new",
      "edit",
      "account",
      "auth",
      "og",
      "sitemap.xml",
      "robots.txt",
      "favicon.ico",
      "health",
      "share",
      "u",
      "user",
      "users",
      "www",
      "mail",
      "support",
    ]) {
      expect(reservedHandles.has(word), word).toBe(true);
    }
    expect(check("demo")).toEqual({ ok: true, handle: "demo" });
  });

  it("says why a reserved word is refused", () => {
    expect(check("dashboard")).toEqual({ ok: false, message: "handleReserved" });
    expect(check("Settings")).toEqual({ ok: false, message: "handleReserved" });
  });

  it.each([
    ["ab", { ok: false, message: "handleTooShort" }],
    ["abc", { ok: true, handle: "abc" }],
    ["a".repeat(30), { ok: true, handle: "a".repeat(30) }],
    ["a".repeat(31), { ok: false, message: "handleTooLong" }],
  ])("accepts 3 to 30 characters: %s", (value, expected) => {
    expect(check(value)).toEqual(expected);
  });

  it.each(["zoe-abele-2", "2024"])("allows lowercase letters, digits and inner hyphens: %s", (value) => {
    expect(check(value)).toEqual({ ok: true, handle: value });
  });

  it.each(["-zoe", "zoe-", "zoe_abele", "zoe abele", "zoe.abele", "zoë", "ｚｏｅ"])("refuses anything else as a format error: %s", (value) => {
    expect(check(value)).toEqual({ ok: false, message: "handleFormat" });
  });

  it("normalises uppercase and surrounding spaces instead of rejecting them", () => {
    expect(check("  Zoe-Abele ")).toEqual({ ok: true, handle: "zoe-abele" });
    expect(check("ADMIN")).toEqual({ ok: false, message: "handleReserved" });
  });
});

describe("suggestHandle", () => {
  itReturns("transliterates accents", suggestHandle, [
    ["Zoë Ābele", "zoe-abele"],
    ["José Núñez-García", "jose-nunez-garcia"],
    ["Søren Łukasz Straße", "soren-lukasz-strasse"],
  ]);

  itReturns("turns anything else into single hyphens and trims them", suggestHandle, [
    ["  Alex  O'Brien (SMM) ", "alex-o-brien-smm"],
    ["李小龙", ""],
    ["", ""],
  ]);

  it("always suggests a valid handle when it suggests one", () => {
    for (const name of ["Al", "Admin", "A very long name that goes on and on and on", "Zoë Ābele", "x"]) {
      const suggestion = suggestHandle(name);
      expect(handleSchema.safeParse(suggestion).success, `${name} → ${suggestion}`).toBe(true);
    }
    expect(suggestHandle("Al")).toBe("al-portfolio");
    expect(suggestHandle("A very long name that goes on and on and on").length).toBeLessThanOrEqual(30);
  });

  it("numbers candidates within the length limit", () => {
    expect(handleCandidate("zoe", 1)).toBe("zoe");
    expect(handleCandidate("zoe", 2)).toBe("zoe-2");
    const long = handleCandidate("a".repeat(30), 12);
    expect(long).toBe(`${"a".repeat(27)}-12`);
    expect(handleSchema.safeParse(long).success).toBe(true);
  });
});

describe("issue #15: the handle suggested from a name", () => {
  itReturns("prefills from Latvian names with diacritics folded", suggestHandle, [
    ["Laura Ozola", "laura-ozola"],
    ["Jānis Bērziņš", "janis-berzins"],
  ]);

  itReturns("turns a handle typed like a name into that handle instead of a format error", tidyTypedHandle, [
    ["Laura Ozola", "laura-ozola"],
    ["Jānis Bērziņš", "janis-berzins"],
    ["laura_ozola", "laura-ozola"],
    ["-laura-", "laura"],
  ]);

  it.each(["laura-ozola", "Laura", "ab", "admin", "李小龙"])("keeps valid handles and those refused for another reason as typed: %s", (typed) => {
    expect(tidyTypedHandle(typed)).toBe(typed);
  });
});
