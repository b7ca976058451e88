import { describe, expect, it } from "vitest";
import { sectionKeys, type SectionKey } from "@/lib/sections";
import { describeChoice, presetSections, sharePresetKeys, sharePresets } from "@/lib/sharing/presets";
import messages from "@/lib/i18n/messages/en/sharing.json";

const everything = [...sectionKeys];

describe("share link presets", () => {
  it("only name real sections, each preset a different choice that leads with the work", () => {
    for (const key of sharePresetKeys) {
      expect(sharePresets[key].every((section) => (sectionKeys as readonly string[]).includes(section))).toBe(true);
      expect(sharePresets[key]).toContain("samples");
    }
    const asText = sharePresetKeys.map((key) => [...sharePresets[key]].sort().join());
    expect(new Set(asText).size).toBe(sharePresetKeys.length);
  });

  it("give a recruiter results and the résumé parts, a client only the work", () => {
    expect(presetSections("recruiter", everything)).toEqual(["campaigns", "caseStudies", "samples", "certifications", "experience", "skills", "education"]);
    expect(presetSections("client", everything)).toEqual(["campaigns", "caseStudies", "samples"]);
  });

  it("keep to the sections the owner can share, in the form's order", () => {
    const available: SectionKey[] = ["samples", "calendars", "skills"];
    expect(presetSections("contentRole", available)).toEqual(["samples", "calendars"]);
    expect(presetSections("client", ["skills", "education"])).toEqual([]);
  });

  it("say which button the current choice matches", () => {
    expect(describeChoice([], everything)).toBe("none");
    expect(describeChoice(everything, everything)).toBe("all");
    expect(describeChoice(["samples", "caseStudies", "campaigns"], everything)).toBe("client");
    expect(describeChoice(["samples"], everything)).toBe("custom");
    // With only the work to share, "all" is what the client preset amounts to: "all" shows pressed.
    expect(describeChoice(["campaigns", "samples"], ["campaigns", "samples"])).toBe("all");
    // Sections the owner cannot share do not count.
    expect(describeChoice(["education"], ["samples"])).toBe("none");
  });

  it("have a label and a description for every preset", () => {
    expect(Object.keys(messages.sharing.presets.presets).sort()).toEqual([...sharePresetKeys].sort());
    for (const key of sharePresetKeys) expect(messages.sharing.presets.presets[key].hint).not.toBe("");
  });
});
