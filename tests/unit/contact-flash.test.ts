import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contactPagePath, decodeContactFlash, encodeContactFlash } from "@/lib/contact/flash";
import { MAX_MESSAGE, type ContactFlash } from "@/lib/contact/schema";

const flash = (message: string): ContactFlash => ({
  code: "VALIDATION",
  fieldErrors: { email: ["email"] },
  values: { name: "Jānis Bērziņš", email: "janis-at-example", company: "Acme", message },
});

// Browsers keep cookies up to 4096 bytes (name and attributes included); Node refuses request headers over 16 kB.
const COOKIE_VALUE_LIMIT = 3900;

describe("contact flash cookies", () => {
  it("round-trips errors and typed values", () => {
    const original = flash("Labdien! Vai esat brīvs zvanam ceturtdien?");
    const chunks = encodeContactFlash(original);
    expect(chunks).toHaveLength(1);
    expect(decodeContactFlash(chunks)).toEqual(original);
  });

  it("keeps a full-length message in a few cookie-sized chunks, even in a script that takes three bytes a character", () => {
    for (const letter of ["ā", "ж", "字"]) {
      const words = Array.from({ length: MAX_MESSAGE / 5 }, (_, index) => `${letter.repeat(1 + (index % 4))}${index % 7} `).join("");
      const original = flash(words.slice(0, MAX_MESSAGE));
      const chunks = encodeContactFlash(original);
      expect(chunks.length).toBeLessThanOrEqual(3);
      for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(COOKIE_VALUE_LIMIT);
      expect(decodeContactFlash(chunks)).toEqual(original);
    }
  });

  it("drops only the message when even that does not fit (random CJK text does not compress)", () => {
    const random = randomBytes(MAX_MESSAGE * 2 * 2);
    const original = flash(
      Array.from({ length: MAX_MESSAGE * 2 }, (_, index) => String.fromCharCode(0x4e00 + (random.readUInt16LE(index * 2) % 0x5000))).join(""),
    );
    const chunks = encodeContactFlash(original);
    expect(chunks.length).toBeLessThanOrEqual(3);
    expect(decodeContactFlash(chunks)).toEqual({ ...original, values: { ...original.values, message: "" } });
  });

  it("ignores missing, tampered and malformed cookies", () => {
    expect(decodeContactFlash([undefined, undefined])).toBeNull();
    expect(decodeContactFlash(["not-deflate"])).toBeNull();
    const [chunk] = encodeContactFlash(flash("Hello"));
    expect(decodeContactFlash([chunk!.slice(0, -4)])).toBeNull();
    const wrongShape = encodeContactFlash({ ...flash("Hello"), code: "PWNED" } as unknown as ContactFlash);
    expect(decodeContactFlash(wrongShape)).toBeNull();
  });

  it("scopes the cookie to the contact page, with the path segment encoded", () => {
    expect(contactPagePath({ handle: "Riley" })).toBe("/riley/contact");
    expect(contactPagePath({ token: "abc_-123" })).toBe("/s/abc_-123/contact");
    expect(contactPagePath({ handle: "//evil.example" })).toBe("/%2F%2Fevil.example/contact");
  });
});
