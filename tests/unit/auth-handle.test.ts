import { describe, expect, it } from "vitest";
import { handleCandidate, handleSchema, reservedHandles, suggestHandle, tidyTypedHandle } from "@/lib/auth/handle";

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

  it("accepts 3 to 30 characters", () => {
    expect(check("ab")).toEqual({ ok: false, message: "handleTooShort" });
    expect(check("abc")).toEqual({ ok: true, handle: "abc" });
    expect(check("a".repeat(30))).toEqual({ ok: true, handle: "a".repeat(30) });
    expect(check("a".repeat(31))).toEqual({ ok: false, message: "handleTooLong" });
  });

  it("allows lowercase letters, digits and inner hyphens only", () => {
    expect(check("zoe-abele-2")).toEqual({ ok: true, handle: "zoe-abele-2" });
    expect(check("2024")).toEqual({ ok: true, handle: "2024" });
    expect(check("-zoe")).toEqual({ ok: false, message: "handleFormat" });
    expect(check("zoe-")).toEqual({ ok: false, message: "handleFormat" });
    expect(check("zoe_abele")).toEqual({ ok: false, message: "handleFormat" });
    expect(check("zoe abele")).toEqual({ ok: false, message: "handleFormat" });
    expect(check("zoe.abele")).toEqual({ ok: false, message: "handleFormat" });
    expect(check("zoë")).toEqual({ ok: false, message: "handleFormat" });
    expect(check("ｚｏｅ")).toEqual({ ok: false, message: "handleFormat" });
  });

  it("normalises uppercase and surrounding spaces instead of rejecting them", () => {
    expect(check("  Zoe-Abele ")).toEqual({ ok: true, handle: "zoe-abele" });
    expect(check("ADMIN")).toEqual({ ok: false, message: "handleReserved" });
  });
});

describe("suggestHandle", () => {
  it("transliterates accents", () => {
    expect(suggestHandle("Zoë Ābele")).toBe("zoe-abele");
    expect(suggestHandle("José Núñez-García")).toBe("jose-nunez-garcia");
    expect(suggestHandle("Søren Łukasz Straße")).toBe("soren-lukasz-strasse");
  });

  it("turns anything else into single hyphens and trims them", () => {
    expect(suggestHandle("  Alex  O'Brien (SMM) ")).toBe("alex-o-brien-smm");
    expect(suggestHandle("李小龙")).toBe("");
    expect(suggestHandle("")).toBe("");
  });

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
  it("prefills from Latvian names with diacritics folded", () => {
    expect(suggestHandle("Laura Ozola")).toBe("laura-ozola");
    expect(suggestHandle("Jānis Bērziņš")).toBe("janis-berzins");
  });

  it("turns a handle typed like a name into that handle instead of a format error", () => {
    expect(tidyTypedHandle("Laura Ozola")).toBe("laura-ozola");
    expect(tidyTypedHandle("Jānis Bērziņš")).toBe("janis-berzins");
    expect(tidyTypedHandle("laura_ozola")).toBe("laura-ozola");
    expect(tidyTypedHandle("-laura-")).toBe("laura");
  });

  it("keeps valid handles and those refused for another reason as typed", () => {
    expect(tidyTypedHandle("laura-ozola")).toBe("laura-ozola");
    expect(tidyTypedHandle("Laura")).toBe("Laura");
    expect(tidyTypedHandle("ab")).toBe("ab");
    expect(tidyTypedHandle("admin")).toBe("admin");
    expect(tidyTypedHandle("李小龙")).toBe("李小龙");
  });
});
