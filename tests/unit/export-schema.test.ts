import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { portfolioExportSchema, portfolioJsonSchema } from "@/lib/export/schema";

const schemaFile = path.join(import.meta.dirname, "../../lib/export/portfolio.schema.json");
const generated = `${JSON.stringify(portfolioJsonSchema(), null, 2)}\n`;

describe("portfolio.json format", () => {
  it("the committed JSON Schema is generated from the zod schema (UPDATE_EXPORT_SCHEMA=1 rewrites it)", () => {
    if (process.env.UPDATE_EXPORT_SCHEMA === "1") writeFileSync(schemaFile, generated);
    expect(JSON.parse(readFileSync(schemaFile, "utf8")), "lib/export/portfolio.schema.json is stale: run with UPDATE_EXPORT_SCHEMA=1").toEqual(
      JSON.parse(generated),
    );
  });

  it("is draft 2020-12 and names the format and version", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.format.const).toBe("postfolio");
    expect(schema.properties.version.const).toBe(1);
  });

  it("refuses another version, paths leaving their folder and refs with odd characters", () => {
    const minimal = {
      format: "postfolio",
      version: 1,
      exportedAt: "2026-11-30T12:00:00.000Z",
      profile: {
        displayName: "A",
        headline: "",
        bio: "",
        location: "",
        contactEmail: null,
        website: null,
        profileLinks: [],
        targetIndustry: "",
        platforms: [],
        openToWork: false,
        avatar: null,
        theme: "LIGHT",
        accentColor: "#4338ca",
        sectionOrder: [],
        hiddenSections: [],
        featuredMedia: [],
        featuredResults: [],
      },
      media: [],
      imports: [],
      campaigns: [],
      samples: [],
      documents: [],
      calendars: [],
      caseStudies: [],
      certifications: [],
      experience: [],
      skills: [],
      education: [],
    };
    expect(portfolioExportSchema.safeParse(minimal).success).toBe(true);
    expect(portfolioExportSchema.safeParse({ ...minimal, version: 2 }).success).toBe(false);
    const media = { ref: "m1", kind: "PDF", mimeType: "application/pdf", alt: "", bytes: 1, width: null, height: null, pageCount: 1, thumb: null };
    expect(portfolioExportSchema.safeParse({ ...minimal, media: [{ ...media, file: "media/m1/document.pdf" }] }).success).toBe(true);
    expect(portfolioExportSchema.safeParse({ ...minimal, media: [{ ...media, file: "media/../etc/document.pdf" }] }).success).toBe(false);
    expect(portfolioExportSchema.safeParse({ ...minimal, media: [{ ...media, ref: "../x", file: "media/m1/document.pdf" }] }).success).toBe(false);
  });
});
