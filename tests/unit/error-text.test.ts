import { describe, expect, it } from "vitest";
import { errorTextKey, failureTextKey } from "@/components/editor/error-text";
import messages from "@/lib/i18n/messages/en";

function has(key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("errorTextKey (one lookup for every room's error keys)", () => {
  it("takes the room's own key first, then the fallbacks' in order", () => {
    // duplicateId exists in caseStudies, credentials and editor: the first namespace wins.
    expect(errorTextKey(["caseStudies", "editor"], "duplicateId", has)).toBe("caseStudies.validation.duplicateId");
    expect(errorTextKey(["credentials", "editor"], "duplicateId", has)).toBe("credentials.validation.duplicateId");
    expect(errorTextKey(["caseStudies", "editor"], "workKindRequired", has)).toBe("editor.validation.workKindRequired");
    expect(errorTextKey(["documents", "editor"], "pdfNotFound", has)).toBe("documents.validation.pdfNotFound");
  });

  it("leaves common keys (Field's `validation`) and unknown ones alone", () => {
    expect(errorTextKey(["editor"], "required", has)).toBeUndefined();
    expect(errorTextKey(["auth"], "workKindRequired", has)).toBeUndefined();
    expect(errorTextKey(["calendars", "editor"], "no.such.key", has)).toBeUndefined();
  });

  it("accepts a key prefixed with its room (sharing schema's 'sharing.<key>')", () => {
    expect(errorTextKey(["sharing"], "sharing.pickSection", has)).toBe("sharing.validation.pickSection");
    expect(errorTextKey(["sharing"], "sharing.nothing", has)).toBeUndefined();
  });
});

describe("failureTextKey", () => {
  const codes = (code: string) => has(`errors.${code}`);
  it("says the code's sentence, INTERNAL for a code without one, and minutes for RATE_LIMITED", () => {
    expect(failureTextKey({ code: "TOO_LARGE" }, codes)).toEqual({ key: "TOO_LARGE" });
    expect(failureTextKey({ code: "NOPE" }, codes)).toEqual({ key: "INTERNAL" });
    expect(failureTextKey({ code: "RATE_LIMITED", retryAfterSeconds: 61 }, codes)).toEqual({ key: "RATE_LIMITED", values: { minutes: 2 } });
    expect(failureTextKey({ code: "RATE_LIMITED" }, codes)).toEqual({ key: "RATE_LIMITED", values: { minutes: 1 } });
  });
});
