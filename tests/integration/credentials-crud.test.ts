import { describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { getCredentials } from "@/lib/credentials/data";
import {
  deleteCredential,
  reorderCredentials,
  saveCertification,
  saveEducation,
  saveExperience,
  saveSkill,
  setCredentialHidden,
} from "@/lib/credentials/mutations";
import { upsertCertificationSchema, upsertEducationSchema, upsertExperienceSchema, upsertSkillSchema } from "@/lib/credentials/schema";
import { AppError } from "@/lib/errors";
import { createCertification, createExperience, createSkill, createUser, ensurePortfolio } from "@/lib/seed/factories";

async function owner() {
  const user = await createUser(db());
  const portfolio = await ensurePortfolio(db(), user.id);
  return { user, portfolio };
}

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((error) => error instanceof AppError && error.code === "NOT_FOUND");
}

const certification = (overrides: object = {}) =>
  upsertCertificationSchema.parse({
    name: "Meta Blueprint",
    issuer: "Meta",
    issuedAt: "2025-11-18",
    expiresAt: "",
    credentialId: "MB-1",
    verifyUrl: "https://www.credly.com/badges/abc",
    ...overrides,
  });

describe("certifications", () => {
  it("creates, edits, hides and deletes; dates and links round-trip", async () => {
    const { user } = await owner();
    const { id } = await saveCertification(user.id, certification());
    expect((await getCredentials(user.id)).certifications).toEqual([
      {
        id,
        version: 1,
        hidden: false,
        name: "Meta Blueprint",
        issuer: "Meta",
        issuedAt: "2025-11-18",
        expiresAt: null,
        credentialId: "MB-1",
        verifyUrl: "https://www.credly.com/badges/abc",
      },
    ]);
    await saveCertification(user.id, certification({ id, expiresAt: "2027-11-18", verifyUrl: "" }));
    expect((await getCredentials(user.id)).certifications[0]).toMatchObject({ expiresAt: "2027-11-18", verifyUrl: null });
    await setCredentialHidden(user.id, { kind: "certification", id, hidden: true });
    expect((await getCredentials(user.id)).certifications[0]!.hidden).toBe(true);
    await deleteCredential(user.id, "certification", id);
    expect((await getCredentials(user.id)).certifications).toEqual([]);
  });

  it("never touches another user's certification", async () => {
    const { user } = await owner();
    const other = await owner();
    const theirs = await createCertification(db(), other.portfolio.id);
    await expectNotFound(saveCertification(user.id, certification({ id: theirs.id })));
    await expectNotFound(setCredentialHidden(user.id, { kind: "certification", id: theirs.id, hidden: true }));
    await expectNotFound(deleteCredential(user.id, "certification", theirs.id));
    await expectNotFound(deleteCredential(user.id, "experience", theirs.id));
    expect(await db().certification.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Hootsuite Social Marketing", hidden: false });
  });
});

describe("experience", () => {
  const experience = (overrides: object = {}) =>
    upsertExperienceSchema.parse({
      role: "Social media intern",
      organization: "Brightside Agency",
      kind: "INTERNSHIP",
      startDate: "2025-06-02",
      endDate: "2025-08-29",
      current: false,
      description: "",
      ...overrides,
    });

  it("stores a current role with no end date and keeps the order new items are added in", async () => {
    const { user } = await owner();
    const first = await saveExperience(user.id, experience());
    const second = await saveExperience(user.id, experience({ role: "Freelancer", kind: "FREELANCE", endDate: "2020-01-01", current: true }));
    const { experiences } = await getCredentials(user.id);
    expect(experiences.map((row) => [row.id, row.endDate])).toEqual([
      [first.id, "2025-08-29"],
      [second.id, null],
    ]);
  });

  it("reorders only with the owner's full, own ids", async () => {
    const { user, portfolio } = await owner();
    const other = await owner();
    const a = await createExperience(db(), portfolio.id, { role: "A" });
    const b = await createExperience(db(), portfolio.id, { role: "B" });
    const theirs = await createExperience(db(), other.portfolio.id);
    await reorderCredentials(user.id, "experience", [b.id, a.id]);
    expect((await getCredentials(user.id)).experiences.map((row) => row.role)).toEqual(["B", "A"]);
    await expectNotFound(reorderCredentials(user.id, "experience", [a.id, theirs.id]));
    await expectNotFound(reorderCredentials(user.id, "certification", [a.id, b.id]));
    expect((await getCredentials(user.id)).experiences.map((row) => row.role)).toEqual(["B", "A"]);
    await expectNotFound(saveExperience(user.id, experience({ id: theirs.id })));
  });
});

describe("skills and tools", () => {
  it("adds presets and custom ones with a level; a duplicate name (any case) is a field error", async () => {
    const { user } = await owner();
    const canva = await saveSkill(user.id, upsertSkillSchema.parse({ name: "Canva", category: "TOOL", level: "" }));
    await saveSkill(user.id, upsertSkillSchema.parse({ name: "Copywriting", category: "SKILL", level: "ADVANCED" }));
    // The same name in the other list is fine.
    await saveSkill(user.id, upsertSkillSchema.parse({ name: "Canva", category: "SKILL", level: "" }));

    const duplicate = saveSkill(user.id, upsertSkillSchema.parse({ name: "canva", category: "TOOL", level: "EXPERT" }));
    await expect(duplicate).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "VALIDATION" && error.fieldErrors?.name?.[0] === "skillTaken",
    );

    await saveSkill(user.id, upsertSkillSchema.parse({ id: canva.id, name: "Canva", category: "TOOL", level: "EXPERT" }));
    const { skills } = await getCredentials(user.id);
    expect(skills.map((row) => [row.name, row.category, row.level])).toEqual([
      ["Canva", "TOOL", "EXPERT"],
      ["Copywriting", "SKILL", "ADVANCED"],
      ["Canva", "SKILL", null],
    ]);
  });

  it("renaming onto an existing name is refused; another user's skill is NOT_FOUND", async () => {
    const { user, portfolio } = await owner();
    const other = await owner();
    await createSkill(db(), portfolio.id, { name: "Buffer", category: "TOOL" });
    const hootsuite = await createSkill(db(), portfolio.id, { name: "Hootsuite", category: "TOOL" });
    await expect(saveSkill(user.id, upsertSkillSchema.parse({ id: hootsuite.id, name: "BUFFER", category: "TOOL", level: "" }))).rejects.toSatisfy(
      (error) => error instanceof AppError && error.fieldErrors?.name?.[0] === "skillTaken",
    );
    const theirs = await createSkill(db(), other.portfolio.id, { name: "Canva", category: "TOOL" });
    await expectNotFound(saveSkill(user.id, upsertSkillSchema.parse({ id: theirs.id, name: "Mine now", category: "TOOL", level: "" })));
    await expectNotFound(deleteCredential(user.id, "skill", theirs.id));
    expect(await db().skill.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Canva" });
  });
});

describe("education", () => {
  it("creates, edits and deletes; years are optional", async () => {
    const { user } = await owner();
    const other = await owner();
    const { id } = await saveEducation(
      user.id,
      upsertEducationSchema.parse({ school: "University of Latvia", degree: "BA", field: "Communication", startYear: "2021", endYear: "" }),
    );
    expect((await getCredentials(user.id)).education).toEqual([
      { id, version: 1, hidden: false, school: "University of Latvia", degree: "BA", field: "Communication", startYear: 2021, endYear: null },
    ]);
    await saveEducation(
      user.id,
      upsertEducationSchema.parse({ id, school: "University of Latvia", degree: "BA", field: "Communication", startYear: 2021, endYear: 2024 }),
    );
    expect((await getCredentials(user.id)).education[0]!.endYear).toBe(2024);
    await expectNotFound(deleteCredential(other.user.id, "education", id));
    await deleteCredential(user.id, "education", id);
    expect((await getCredentials(user.id)).education).toEqual([]);
  });
});
