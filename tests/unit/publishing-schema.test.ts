import { describe, expect, it } from "vitest";
import { setVisibilitySchema, updateAppearanceSchema, updateSectionsSchema } from "@/lib/publishing/schema";

describe("publishing schemas", () => {
  it("accepts the three visibilities only", () => {
    expect(setVisibilitySchema.safeParse({ visibility: "UNLISTED" }).success).toBe(true);
    expect(setVisibilitySchema.safeParse({ visibility: "SECRET" }).success).toBe(false);
  });

  it("normalizes the accent colour and rejects anything but #rrggbb", () => {
    expect(updateAppearanceSchema.parse({ theme: "DARK", accentColor: " #AABBCC " })).toEqual({ theme: "DARK", accentColor: "#aabbcc" });
    const bad = updateAppearanceSchema.safeParse({ theme: "LIGHT", accentColor: "red" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("accentColor");
    expect(updateAppearanceSchema.safeParse({ theme: "NEON", accentColor: "#000000" }).success).toBe(false);
  });

  it("takes known section keys, each once, and de-duplicates hidden ones", () => {
    expect(updateSectionsSchema.parse({ sectionOrder: ["skills", "campaigns"], hiddenSections: ["skills", "skills"] })).toEqual({
      sectionOrder: ["skills", "campaigns"],
      hiddenSections: ["skills"],
    });
    expect(updateSectionsSchema.safeParse({ sectionOrder: ["skills", "skills"], hiddenSections: [] }).success).toBe(false);
    expect(updateSectionsSchema.safeParse({ sectionOrder: ["secret"], hiddenSections: [] }).success).toBe(false);
  });
});
