// Profile import (issue #20 §2): a LinkedIn data ZIP or a JSON Resume → preview with duplicates
// marked → the ticked entries saved all or nothing into the acting owner's portfolio.
import { describe, expect, it, vi } from "vitest";
import { actAs, signedInOwner } from "@/tests/support/acting-user";
import { everyEntry, linkedInZip, profileFixture } from "@/tests/support/profile-import-fixtures";
import { zip, zipBomb } from "@/tests/support/import-fixtures";

vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), revalidatePath: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

const { db } = await import("@/lib/db/client");
const { AppError } = await import("@/lib/errors");
const { previewProfileImport } = await import("@/lib/profile-import/data");
const { saveProfileImportAction } = await import("@/lib/profile-import/actions");
const { getCredentials } = await import("@/lib/credentials/data");
const { saveCertification, saveEducation, saveExperience, saveSkill } = await import("@/lib/credentials/mutations");
const { GET: exportJsonResume } = await import("@/app/api/export/json-resume/route");
type Preview = Awaited<ReturnType<typeof previewProfileImport>>;
type Choice = Parameters<typeof saveProfileImportAction>[0];

/** Every entry of a preview that is not a duplicate, as the wizard sends it when nothing is unticked. */
function ticked(preview: Preview, take: { headline?: boolean; summary?: boolean } = {}): Choice {
  const fresh = <T extends { duplicate: boolean; data: unknown }>(list: T[]) =>
    list.filter((entry) => !entry.duplicate).map((entry) => entry.data as T["data"]);
  return {
    headline: take.headline ? preview.headline : null,
    summary: take.summary ? preview.summary : null,
    certifications: fresh(preview.entries.certification),
    experience: fresh(preview.entries.experience),
    education: fresh(preview.entries.education),
    skills: fresh(preview.entries.skill),
  };
}

async function rowCounts(userId: string) {
  const where = { portfolio: { userId } };
  return {
    certifications: await db().certification.count({ where }),
    experience: await db().experience.count({ where }),
    education: await db().education.count({ where }),
    skills: await db().skill.count({ where }),
  };
}

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

describe("profile import", () => {
  it("imports a LinkedIn ZIP into certifications, experience, education and skills with the right fields", async () => {
    const { user } = await signedInOwner();
    const preview = await previewProfileImport(user.id, linkedInZip());
    expect(preview.current).toEqual({ headline: "", summary: "" });
    // Nothing is written by the preview.
    expect(await rowCounts(user.id)).toEqual({ certifications: 0, experience: 0, education: 0, skills: 0 });

    const saved = await saveProfileImportAction(ticked(preview, { headline: true, summary: true }));
    expect(saved).toEqual({
      ok: true,
      data: { created: { certifications: 5, experience: 3, education: 2, skills: 6 }, skippedDuplicates: 0, headline: true, summary: true },
    });

    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } });
    expect(portfolio.headline).toBe("Social media manager · content, community and paid social");
    expect(portfolio.bio).toContain("Three years of running accounts");

    const experience = await db().experience.findMany({ where: { portfolio: { userId: user.id } }, orderBy: { position: "asc" } });
    expect(experience.map((row) => [row.position, row.role, row.organization, row.kind, day(row.startDate), day(row.endDate)])).toEqual([
      [0, "Social Media Manager", "Northwind Café", "JOB", "2023-01-01", null],
      [1, "Social Media Intern", "Rīgas pupiņas", "INTERNSHIP", "2021-06-01", "2022-12-01"],
      [2, "Freelance Content Creator", "Self-employed", "FREELANCE", "2020-03-01", "2021-05-01"],
    ]);
    const certifications = await db().certification.findMany({ where: { portfolio: { userId: user.id } }, orderBy: { position: "asc" } });
    expect(certifications.map((row) => [row.name, row.issuer, day(row.issuedAt), day(row.expiresAt), row.credentialId, row.verifyUrl])).toEqual([
      ["Hootsuite Social Marketing Certification", "Hootsuite", "2023-03-01", "2025-03-01", "HS-20230311", "https://www.credly.com/badges/1f2e3d4c"],
      ["HubSpot Social Media Marketing Certification", "HubSpot Academy", "2024-01-01", null, "", null],
      ["Meta Certified Digital Marketing Associate (Blueprint)", "Meta", "2023-08-01", null, "MB-987654", null],
      ["Google Analytics Certification", "Google", "2024-02-01", "2025-02-01", "", null],
      ["Canva Design School: Graphic Design Basics", "Canva", "2022-04-01", null, "", "https://www.canva.com/designschool/"],
    ]);
    const credentials = await getCredentials(user.id);
    expect(credentials.education.map((row) => [row.school, row.degree, row.startYear, row.endYear])).toEqual([
      ["University of Latvia", "Bachelor's degree", 2017, 2021],
      ["Riga Business School", "Certificate in Digital Marketing", 2021, 2022],
    ]);
    expect(credentials.skills.filter((row) => row.category === "TOOL").map((row) => row.name)).toEqual(["Canva", "Hootsuite"]);
    expect(credentials.skills.find((row) => row.name.startsWith("=HYPERLINK"))?.name).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it("imports a JSON Resume, leaving the headline alone when the user did not take it", async () => {
    const { user } = await signedInOwner();
    await db().portfolio.update({ where: { userId: user.id }, data: { headline: "My own headline" } });
    const preview = await previewProfileImport(user.id, profileFixture("resume.json"));
    expect(preview.current.headline).toBe("My own headline");
    const saved = await saveProfileImportAction(ticked(preview));
    expect(saved).toMatchObject({ ok: true, data: { created: { certifications: 3, experience: 3, education: 1, skills: 5 }, headline: false } });
    expect((await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } })).headline).toBe("My own headline");
    const volunteer = await db().experience.findFirstOrThrow({ where: { portfolio: { userId: user.id }, kind: "VOLUNTEER" } });
    expect([volunteer.organization, day(volunteer.startDate), day(volunteer.endDate)]).toEqual(["Riga Food Bank", "2021-01-01", "2022-01-01"]);
  });

  it("marks what the portfolio already holds, unticked, and the save skips duplicates even when sent", async () => {
    const { user } = await signedInOwner();
    await saveCertification(user.id, {
      name: "google analytics certification",
      issuer: "GOOGLE",
      issuedAt: null,
      expiresAt: null,
      credentialId: "",
      verifyUrl: null,
    });
    await saveExperience(user.id, {
      role: "Social Media Manager",
      organization: "Northwind Café",
      kind: "JOB",
      startDate: "2023-01-01",
      endDate: null,
      description: "",
    });
    await saveSkill(user.id, { name: "canva", category: "TOOL", level: null });
    await db().education.create({ data: { portfolio: { connect: { userId: user.id } }, school: "University of Latvia " } });
    const before = await rowCounts(user.id);

    const preview = await previewProfileImport(user.id, linkedInZip());
    const duplicates = (list: { duplicate: boolean; data: object }[]) => list.filter((entry) => entry.duplicate).map((entry) => Object.values(entry.data)[0]);
    expect(duplicates(preview.entries.certification)).toEqual(["Google Analytics Certification"]);
    expect(duplicates(preview.entries.experience)).toEqual(["Social Media Manager"]);
    expect(duplicates(preview.entries.education)).toEqual(["University of Latvia"]);
    expect(duplicates(preview.entries.skill)).toEqual(["Canva"]);

    // Even a tampered choice that sends the duplicates adds each once only.
    const everything: Choice = everyEntry(preview);
    const first = await saveProfileImportAction(everything);
    expect(first).toMatchObject({ ok: true, data: { created: { certifications: 4, experience: 2, education: 1, skills: 5 }, skippedDuplicates: 4 } });
    const second = await saveProfileImportAction(everything);
    expect(second).toMatchObject({ ok: true, data: { created: { certifications: 0, experience: 0, education: 0, skills: 0 }, skippedDuplicates: 16 } });
    expect(await rowCounts(user.id)).toEqual({
      certifications: before.certifications + 4,
      experience: before.experience + 2,
      education: before.education + 1,
      skills: before.skills + 5,
    });
  });

  it("refuses the whole save when one entry is bad, and writes nothing", async () => {
    const { user } = await signedInOwner();
    const preview = await previewProfileImport(user.id, linkedInZip());
    const choice = ticked(preview, { headline: true });
    choice.experience = [
      ...choice.experience,
      { role: "Editor", organization: "OK Co", kind: "JOB", startDate: "2021-02-01", endDate: "2020-01-01", current: false, description: "" },
    ];
    const result = await saveProfileImportAction(choice);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "experience.3.endDate": ["endBeforeStart"] } });
    expect(await rowCounts(user.id)).toEqual({ certifications: 0, experience: 0, education: 0, skills: 0 });
    expect((await db().portfolio.findUniqueOrThrow({ where: { userId: user.id } })).headline).toBe("");
  });

  it("rolls back every row when the transaction fails midway", async () => {
    const { user } = await signedInOwner();
    const preview = await previewProfileImport(user.id, linkedInZip());
    const { saveProfileImport } = await import("@/lib/profile-import/mutations");
    const { saveProfileImportSchema } = await import("@/lib/profile-import/schema");
    const input = saveProfileImportSchema.parse(ticked(preview));
    // A skill name the database refuses (a NUL byte) fails the last insert, after the others ran.
    input.skills = [...input.skills, { name: "bad\u0000name", category: "SKILL", level: null }];
    await expect(saveProfileImport(user.id, input)).rejects.toThrow();
    expect(await rowCounts(user.id)).toEqual({ certifications: 0, experience: 0, education: 0, skills: 0 });
  });

  it("writes only into the acting owner's portfolio; another user's rows are neither read nor touched", async () => {
    const alice = await signedInOwner();
    const preview = await previewProfileImport(alice.user.id, linkedInZip());
    const bob = await signedInOwner();
    // Bob holds the same certificate: Alice's preview must not call hers a duplicate.
    await saveCertification(bob.user.id, {
      name: "Hootsuite Social Marketing Certification",
      issuer: "Hootsuite",
      issuedAt: null,
      expiresAt: null,
      credentialId: "",
      verifyUrl: null,
    });
    expect((await previewProfileImport(alice.user.id, linkedInZip())).entries.certification.some((entry) => entry.duplicate)).toBe(false);

    // Bob confirming Alice's preview (the entries are all a confirm carries) lands in Bob's portfolio only.
    const saved = await saveProfileImportAction(ticked(preview, { headline: true }));
    expect(saved.ok).toBe(true);
    expect(await rowCounts(alice.user.id)).toEqual({ certifications: 0, experience: 0, education: 0, skills: 0 });
    expect((await db().portfolio.findUniqueOrThrow({ where: { userId: alice.user.id } })).headline).toBe("");
    expect(await rowCounts(bob.user.id)).toEqual({ certifications: 5, experience: 3, education: 2, skills: 6 });

    actAs(null);
    expect(await saveProfileImportAction(ticked(preview))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("refuses a zip bomb and a path trick before anything is read or written", async () => {
    const { user } = await signedInOwner();
    const codeOf = async (bytes: Uint8Array) => {
      try {
        await previewProfileImport(user.id, bytes);
        return null;
      } catch (error) {
        return error instanceof AppError ? error.fieldErrors?.file?.[0] : String(error);
      }
    };
    expect(await codeOf(zipBomb())).toBe("imports.fileErrors.zipBomb");
    expect(await codeOf(linkedInZip({ "../../etc/Positions.csv": "Company Name,Title\r\nA,B\r\n" }))).toBe("imports.fileErrors.unsafePath");
    expect(await codeOf(zip({ "/abs/Skills.csv": "Name\r\nX\r\n" }))).toBe("imports.fileErrors.unsafePath");
    expect(await rowCounts(user.id)).toEqual({ certifications: 0, experience: 0, education: 0, skills: 0 });
  });

  it("takes back our own JSON Resume export: another account gets the same credentials, tools as tools", async () => {
    const source = await signedInOwner();
    await saveCertification(source.user.id, {
      name: "Meta Blueprint",
      issuer: "Meta",
      issuedAt: "2024-05-02",
      expiresAt: null,
      credentialId: "",
      verifyUrl: "https://www.facebook.com/business/learn/certification",
    });
    await saveExperience(source.user.id, {
      role: "Community Manager",
      organization: "Baltic Bikes",
      kind: "JOB",
      startDate: "2022-03-01",
      endDate: "2023-08-31",
      description: "Two cities, one voice.",
    });
    await saveExperience(source.user.id, {
      role: "Social Lead",
      organization: "Kafija & Co",
      kind: "JOB",
      startDate: "2023-09-01",
      endDate: null,
      description: "",
    });
    await saveEducation(source.user.id, { school: "University of Latvia", degree: "BA", field: "Communication", startYear: 2018, endYear: 2022 });
    await saveSkill(source.user.id, { name: "Copywriting", category: "SKILL", level: "ADVANCED" });
    await saveSkill(source.user.id, { name: "Canva", category: "TOOL", level: null });
    const resume = new Uint8Array(await (await exportJsonResume()).arrayBuffer());

    const { user } = await signedInOwner();
    const preview = await previewProfileImport(user.id, resume);
    expect(preview.problems).toEqual([]);
    expect((await saveProfileImportAction(ticked(preview))).ok).toBe(true);
    // Ids and save versions are each account's own bookkeeping (a row saved once through the editor is at version 1,
    // an imported one starts at 0); everything the owner typed must be equal.
    const strip = <T extends { id: string }>(rows: T[]) => rows.map((row) => ({ ...row, id: "", ...("version" in row ? { version: 0 } : {}) }));
    const [original, copy] = [await getCredentials(source.user.id), await getCredentials(user.id)];
    expect(strip(copy.certifications)).toEqual(strip(original.certifications));
    expect(strip(copy.experiences)).toEqual(strip(original.experiences));
    expect(strip(copy.education)).toEqual(strip(original.education));
    expect(strip(copy.skills)).toEqual(strip(original.skills));
  });

  it("is rate-limited like the other imports", async () => {
    await signedInOwner();
    const one = (n: number): Choice => ({
      headline: null,
      summary: null,
      certifications: [],
      experience: [],
      education: [],
      skills: [{ name: `Skill ${n}`, category: "SKILL", level: null }],
    });
    for (let n = 0; n < 10; n++) expect((await saveProfileImportAction(one(n))).ok).toBe(true);
    expect(await saveProfileImportAction(one(10))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
