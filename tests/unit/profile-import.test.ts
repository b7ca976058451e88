import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jsonResumeProblem, readJsonResume } from "@/lib/profile-import/json-resume";
import { linkedInRows } from "@/lib/profile-import/linkedin";
import { duplicateKey } from "@/lib/profile-import/match";
import { readProfileFile, recogniseCertificate, toIsoDay, toYear } from "@/lib/profile-import/read";
import { saveProfileImportSchema } from "@/lib/profile-import/schema";
import { utf16, utf8, zip, zipBomb } from "../support/import-fixtures";
import { everyEntry, linkedInZip, profileFixture } from "../support/profile-import-fixtures";
import { itReturns } from "../support/examples";

/** The refusal codes of a file, or [] when it is read. */
function refusal(bytes: Uint8Array): string[] {
  try {
    readProfileFile(bytes);
    return [];
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors?.file ?? [error.code];
    throw error;
  }
}

describe("profile import dates", () => {
  itReturns("reads LinkedIn's month-year and JSON Resume's three styles as the first day", toIsoDay, [
    ["Jan 2020", "2020-01-01"],
    ["September 2021", "2021-09-01"],
    ["Mar 15, 2024", "2024-03-15"],
    ["2021", "2021-01-01"],
    ["2022-06", "2022-06-01"],
    ["2023-01-15", "2023-01-15"],
    ["  ", ""],
    // No date: kept as it was, so the form's schema names it.
    ["soon", "soon"],
  ]);

  it("reads the year of such a date", () => {
    expect(toYear("Sep 2021")).toBe(2021);
    expect(toYear("")).toBe("");
  });
});

describe("LinkedIn CSVs", () => {
  it("skips a Notes: preamble and keeps quoted cells that span lines", () => {
    const text = new TextDecoder().decode(profileFixture("linkedin/Positions.csv"));
    const rows = linkedInRows(text, ["Company Name", "Title"])!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ "Company Name": "Northwind Café", Title: "Social Media Manager", "Started On": "Jan 2023", "Finished On": "" });
    expect(rows[0]!["Description"]).toBe("Ran Instagram and TikTok for three locations.\nGrew followers from 2,100 to 9,800 in a year.");
  });

  it("reads the whole data ZIP into entries of every kind, other files ignored", () => {
    const read = readProfileFile(linkedInZip());
    expect(read.source).toBe("linkedin");
    expect(read.headline).toBe("Social media manager · content, community and paid social");
    expect(read.summary).toBe(
      'I grow small brands on Instagram and TikTok.\nThree years of running accounts for cafés and shops in Rīga, with "real numbers" to show for it.',
    );

    expect(read.entries.experience.map((entry) => entry.data)).toEqual([
      {
        role: "Social Media Manager",
        organization: "Northwind Café",
        kind: "JOB",
        startDate: "2023-01-01",
        endDate: "",
        current: true,
        description: "Ran Instagram and TikTok for three locations.\nGrew followers from 2,100 to 9,800 in a year.",
      },
      {
        role: "Social Media Intern",
        organization: "Rīgas pupiņas",
        kind: "INTERNSHIP",
        startDate: "2021-06-01",
        endDate: "2022-12-01",
        current: false,
        description: "Scheduled posts and answered comments.",
      },
      {
        role: "Freelance Content Creator",
        organization: "Self-employed",
        kind: "FREELANCE",
        startDate: "2020-03-01",
        endDate: "2021-05-01",
        current: false,
        description: "",
      },
    ]);
    expect(read.entries.education.map((entry) => entry.data)).toEqual([
      { school: "University of Latvia", degree: "Bachelor's degree", field: "", startYear: 2017, endYear: 2021 },
      { school: "Riga Business School", degree: "Certificate in Digital Marketing", field: "", startYear: 2021, endYear: 2022 },
    ]);
    expect(read.entries.skill.map((entry) => [entry.data.name, entry.data.category])).toEqual([
      ["Content Strategy", "SKILL"],
      ["Community Management", "SKILL"],
      ["Canva", "TOOL"],
      ["Hootsuite", "TOOL"],
      ["Copywriting", "SKILL"],
      // A formula-looking cell is a name like any other: stored as text, never evaluated.
      ['=HYPERLINK("http://evil.example","click")', "SKILL"],
    ]);
    expect(read.skipped).toEqual([
      { kind: "language", label: "Latvian — Native or bilingual proficiency" },
      { kind: "language", label: "English — Full professional proficiency" },
      { kind: "project", label: "Spring menu launch" },
    ]);
    expect(read.problems).toEqual([]);
  });

  it("recognises the guide's four certificates, and an empty or invalid URL never fails the import", () => {
    const certs = readProfileFile(linkedInZip()).entries.certification;
    expect(certs.map((cert) => [cert.data.name, cert.data.issuer, cert.preset ?? null, cert.data.verifyUrl, cert.notes])).toEqual([
      ["Hootsuite Social Marketing Certification", "Hootsuite", "hootsuite", "https://www.credly.com/badges/1f2e3d4c", ["recognised"]],
      ["HubSpot Social Media Marketing Certification", "HubSpot Academy", "hubspot", "", ["recognised"]],
      // No issuer in the file: the guide's issuer is filled in; "not a url" is dropped.
      ["Meta Certified Digital Marketing Associate (Blueprint)", "Meta", "metaBlueprint", "", ["urlDropped", "recognised"]],
      ["Google Analytics Certification", "Google", "googleAnalytics", "", ["urlDropped", "recognised"]],
      ["Canva Design School: Graphic Design Basics", "Canva", null, "https://www.canva.com/designschool/", []],
    ]);
    expect(certs[0]!.data).toMatchObject({ issuedAt: "2023-03-01", expiresAt: "2025-03-01", credentialId: "HS-20230311" });
    expect(recogniseCertificate("Facebook Blueprint", "")?.key).toBe("metaBlueprint");
    expect(recogniseCertificate("GAIQ", "")?.key).toBe("googleAnalytics");
    expect(recogniseCertificate("Excel basics", "Microsoft")).toBeNull();
  });

  it("shows an entry its form would refuse as a problem, not as a choice", () => {
    const bad = "Company Name,Title,Description,Location,Started On,Finished On\r\nNorthwind Café,,,,someday,\r\nOK Co,Editor,,,Feb 2021,Jan 2020\r\n";
    const read = readProfileFile(linkedInZip({ "Positions.csv": bad }));
    expect(read.entries.experience).toEqual([]);
    expect(read.problems.map((problem) => [problem.kind, problem.label, problem.problems])).toEqual([
      ["experience", "Northwind Café", ["role:required", "startDate:date"]],
      ["experience", "Editor · OK Co", ["endDate:endBeforeStart"]],
    ]);
  });

  it("cuts a LinkedIn headline (up to 220 characters) and About text (2,600) at a word to fit the profile, and says so", () => {
    const longHeadline = `Social media manager ${"helping cafés grow ".repeat(10)}`.trim();
    const longSummary = "Words and more words. ".repeat(120).trim();
    const profile = `First Name,Last Name,Headline,Summary\r\nAnna,B,"${longHeadline}","${longSummary}"\r\n`;
    const read = readProfileFile(zip({ "Profile.csv": profile }));
    expect(longHeadline.length).toBeGreaterThan(140);
    expect(read.headline.length).toBeLessThanOrEqual(140);
    expect(read.headline).toMatch(/^Social media manager helping cafés .*grow…$/);
    expect(read.summary.length).toBeLessThanOrEqual(2000);
    expect(read.shortened).toEqual({ headline: true, summary: true });
    // What the preview offers, the save takes.
    const choice = { headline: read.headline, summary: read.summary, certifications: [], experience: [], education: [], skills: [] };
    expect(saveProfileImportSchema.safeParse(choice).success).toBe(true);
  });

  it("reads UTF-16 CSVs and files inside a folder of the archive", () => {
    const skills = utf16("Name\r\nPaid social\r\n", "le");
    const read = readProfileFile(zip({ "Basic_LinkedInDataExport_11-30-2026/Skills.csv": skills }));
    expect(read.entries.skill.map((entry) => entry.data.name)).toEqual(["Paid social"]);
  });

  // Building the bomb compresses 64 MB: 1.7–8 s on a busy 2-core machine, over Vitest's 5 s default.
  it("refuses zip bombs, path tricks, unknown archives and oversized files", { timeout: 30_000 }, () => {
    expect(refusal(zipBomb())).toEqual(["imports.fileErrors.zipBomb"]);
    expect(refusal(zip({ "../Positions.csv": "Company Name,Title\r\nA,B\r\n" }))).toEqual(["imports.fileErrors.unsafePath"]);
    expect(refusal(zip({ "photo.txt": "hello" }))).toEqual(["profileImport.errors.unrecognised"]);
    // Stored, not deflated: a profile CSV over 5 MB is refused as it is read (far below the analytics entry limit).
    const big = zipSync({ "Skills.csv": strToU8(`Name\r\n${"x".repeat(5 * 1024 * 1024)}\r\n`) }, { level: 0 });
    expect(refusal(big)).toEqual(["imports.fileErrors.entryTooLarge"]);
    expect(refusal(new Uint8Array(0))).toEqual(["profileImport.errors.empty"]);
    expect(refusal(utf8("hello, world"))).toEqual(["profileImport.errors.unrecognised"]);
  });

  it("refuses more entries of one kind than a save may take, with the limit", () => {
    const many = `Name\r\n${Array.from({ length: 501 }, (_, i) => `Skill ${i}`).join("\r\n")}\r\n`;
    expect(refusal(zip({ "Skills.csv": many }))).toEqual(["profileImport.errors.tooManyEntries", "500"]);
  });
});

describe("JSON Resume", () => {
  it("maps basics, work, volunteer, education, certificates and skills, with every date style", () => {
    const read = readProfileFile(profileFixture("resume.json"));
    expect(read.source).toBe("jsonResume");
    expect(read.headline).toBe("Junior social media manager");
    expect(read.summary).toBe("Community-first social media manager.\nI write, film and report.");
    expect(read.entries.experience.map((entry) => entry.data)).toEqual([
      {
        role: "Social Media Coordinator",
        organization: "Baltic Bikes",
        kind: "JOB",
        startDate: "2023-01-15",
        endDate: "",
        current: true,
        description: "Instagram and TikTok for a bike shop chain.\n- Reach up 3× in six months\n- Launched the #RideRiga challenge",
      },
      {
        role: "Marketing Intern",
        organization: "Kafija & Co",
        kind: "INTERNSHIP",
        startDate: "2022-06-01",
        endDate: "2022-12-01",
        current: false,
        description: "",
      },
      {
        role: "Volunteer social media lead",
        organization: "Riga Food Bank",
        kind: "VOLUNTEER",
        startDate: "2021-01-01",
        endDate: "2022-01-01",
        current: false,
        description: "",
      },
    ]);
    expect(read.entries.education.map((entry) => entry.data)).toEqual([
      { school: "Riga Stradiņš University", degree: "Bachelor", field: "Communication", startYear: 2018, endYear: 2022 },
    ]);
    expect(read.entries.certification.map((entry) => [entry.data.name, entry.data.issuedAt, entry.data.verifyUrl, entry.preset])).toEqual([
      ["HubSpot Social Media Marketing", "2023-04-02", "https://academy.hubspot.com/cert/abc", "hubspot"],
      ["Google Analytics Individual Qualification", "2022-11-01", "", "googleAnalytics"],
      ["Hootsuite Platform Certification", "2023-01-01", "", "hootsuite"],
    ]);
    expect(read.entries.skill.map((entry) => [entry.data.name, entry.data.category, entry.data.level])).toEqual([
      ["Copywriting", "SKILL", "ADVANCED"],
      ["Community management", "SKILL", "EXPERT"],
      ["Canva", "TOOL", ""],
      ["Buffer", "TOOL", ""],
      ["CapCut", "TOOL", ""],
    ]);
    expect(read.skipped).toEqual([
      { kind: "language", label: "Latvian — Native speaker" },
      { kind: "project", label: "Ride Riga challenge" },
    ]);
  });

  it("refuses a document the published schema rejects, naming the field and the rule", () => {
    expect(refusal(profileFixture("resume-invalid.json"))).toEqual([
      "profileImport.errors.schema",
      expect.stringMatching(/^work\[0\]\.startDate: does not match pattern/),
    ]);
    expect(jsonResumeProblem({ basics: { name: 7 } })).toBe("basics.name: is not of a type(s) string");
    expect(refusal(utf8('{"work": [}'))).toEqual(["profileImport.errors.badJson"]);
    expect(refusal(utf8('{"hello": "world"}'))).toEqual(["profileImport.errors.unrecognised"]);
  });

  it("drops a broken link instead of refusing the file (the schema's uri format is the one rule relaxed)", () => {
    const raw = readJsonResume({ certificates: [{ name: "Meta Blueprint", url: "not a link" }] });
    expect(raw.certifications[0]!.url).toBe("not a link");
    const read = readProfileFile(utf8(JSON.stringify({ certificates: [{ name: "Meta Blueprint", url: "not a link" }] })));
    expect(read.entries.certification[0]).toMatchObject({ data: { verifyUrl: "", issuer: "Meta" }, notes: ["urlDropped", "recognised"] });
  });
});

describe("duplicates and the save schema", () => {
  it("compares without letter case or extra spaces, skills within their list", () => {
    expect(duplicateKey("certification", { name: "Google Analytics ", issuer: "GOOGLE" })).toBe(
      duplicateKey("certification", { name: "google  analytics", issuer: "Google" }),
    );
    expect(duplicateKey("experience", { role: "SMM", organization: "A", startDate: "2020-01-01" })).not.toBe(
      duplicateKey("experience", { role: "SMM", organization: "A", startDate: "2021-01-01" }),
    );
    expect(duplicateKey("skill", { name: "Canva", category: "TOOL" })).not.toBe(duplicateKey("skill", { name: "canva", category: "SKILL" }));
  });

  it("takes back exactly what the preview shows, and refuses the whole choice for one bad entry", () => {
    const read = readProfileFile(linkedInZip());
    const choice = everyEntry(read);
    expect(saveProfileImportSchema.safeParse(choice).success).toBe(true);
    const bad = saveProfileImportSchema.safeParse({ ...choice, experience: [...choice.experience, { ...choice.experience[0]!, startDate: "2020-13-01" }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => issue.path.join("."))).toEqual(["experience.3.startDate"]);
  });
});
