import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The demo seed needs an empty database, so this runs in its own test file.
const storageDir = mkdtempSync(path.join(os.tmpdir(), "postfolio-coach-demo-"));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const { db } = await import("@/lib/db/client");
const { getCoachSnapshot } = await import("@/lib/coach/data");
const { evaluateCoach } = await import("@/lib/coach/rules");
const { seedDemoIfEmpty, DEMO_LOGIN } = await import("@/lib/seed/demo");

describe("demo portfolio", () => {
  it("scores the full demo portfolio 100", async () => {
    expect(await seedDemoIfEmpty(db())).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.email } });
    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true } });

    const result = evaluateCoach(await getCoachSnapshot(user.id));
    expect(result.items.filter((item) => !item.done).map((item) => item.key)).toEqual([]);
    expect(result.score).toBe(100);

    const credentials = await db().portfolio.findUniqueOrThrow({
      where: { id: portfolio.id },
      select: {
        certifications: true,
        experiences: true,
        skills: true,
        education: true,
        caseStudies: { include: { keyResults: true, campaigns: true, samples: true, documents: true } },
      },
    });
    expect(credentials.caseStudies).toHaveLength(2);
    for (const study of credentials.caseStudies) {
      expect(study.keyResults.some((row) => row.baseline !== null)).toBe(true);
      expect(study.campaigns.length + study.samples.length + study.documents.length).toBeGreaterThan(1);
    }
    const names = credentials.certifications.map((row) => row.name).join(" | ");
    for (const guideName of ["Hootsuite Social Marketing", "HubSpot Social Media Marketing", "Meta Blueprint", "Google Analytics"])
      expect(names).toContain(guideName);
    expect(credentials.certifications.filter((row) => row.verifyUrl)).toHaveLength(2);
    expect(credentials.certifications.filter((row) => row.expiresAt && row.expiresAt < new Date())).toHaveLength(1);
    expect(credentials.experiences.map((row) => row.kind)).toEqual(expect.arrayContaining(["INTERNSHIP", "VOLUNTEER"]));
    expect(credentials.skills.length).toBeGreaterThanOrEqual(10);
    expect(credentials.education).toHaveLength(1);
  });
});
