import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";

const storageDir = await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-export-"));

// The session comes from next-auth's cookie in the app; here the test picks who is signed in (actAs).
vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-user"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));

import { db } from "@/lib/db/client";
import { GET } from "@/app/api/export/route";
import { GET as getJsonResume } from "@/app/api/export/json-resume/route";
import { POST as importRoute } from "@/app/api/export/import/route";
import { POST as previewRoute } from "@/app/api/export/import/preview/route";
import { importPortfolioExport } from "@/lib/export/mutations";
import { portfolioExportSchema } from "@/lib/export/schema";
import { loadPublicPortfolio } from "@/lib/public/data";
import { seedDemoPortfolio } from "@/lib/seed/demo";
import { createUser } from "@/lib/seed/factories";
import { zipBomb } from "../support/import-fixtures";
import { jsonResumeErrors } from "../support/json-resume";
import { actAs } from "@/tests/support/acting-user";

const filesOf = (userId: string) => (existsSync(path.join(storageDir, userId)) ? readdirSync(path.join(storageDir, userId), { recursive: true }).length : 0);

async function download(): Promise<Uint8Array> {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  return new Uint8Array(await response.arrayBuffer());
}

/** The public page without what may differ between two accounts: ids, handle, timestamps, file URLs (they carry ids). */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !/^(id|.*Id|.*Ids|handle|publishedAt|updatedAt|createdAt)$/.test(key))
        .map(([key, inner]) => [key, typeof inner === "string" && inner.startsWith("/api/media/") ? "<media url>" : comparable(inner)]),
    );
  }
  return value;
}

let owner: { userId: string; portfolioId: string };
let archive: Uint8Array;

beforeAll(async () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  owner = await seedDemoPortfolio(db(), { email: `export-a-${suffix}@example.com`, handle: `export-a-${suffix}`, password: "demo-portfolio-2026" });
  const user = await db().user.findUniqueOrThrow({ where: { id: owner.userId } });
  actAs(user);
  archive = await download();
}, 120_000);

describe("Export everything", () => {
  it("holds portfolio.json (valid against the schema), every stored file of the owner and the views CSV", async () => {
    const entries = unzipSync(archive);
    const document = portfolioExportSchema.parse(JSON.parse(new TextDecoder().decode(entries["portfolio.json"])));
    expect(document).toMatchObject({ format: "postfolio", version: 1 });
    expect(document.campaigns.length).toBeGreaterThan(0);
    expect(document.samples.length).toBeGreaterThan(0);
    expect(document.caseStudies.length).toBeGreaterThan(0);
    expect(entries["analytics/views.csv"]).toBeDefined();

    const media = await db().media.findMany({ where: { userId: owner.userId } });
    const storedFiles = media.flatMap((item) => (item.thumbKey ? [item.displayKey, item.thumbKey] : [item.displayKey]));
    const zippedFiles = Object.keys(entries).filter((name) => name.startsWith("media/"));
    expect(zippedFiles).toHaveLength(storedFiles.length);
    // The original bytes as stored.
    for (const item of document.media) {
      const row = media.find((candidate) => candidate.id === item.ref)!;
      expect(Buffer.from(entries[item.file]!).equals(await import("node:fs").then((fs) => fs.readFileSync(path.join(storageDir, row.displayKey))))).toBe(true);
    }
    // Nothing secret or about other people.
    const json = new TextDecoder().decode(entries["portfolio.json"]);
    expect(json).not.toMatch(/passwordHash|token|visitorHash|"handle"/);
  });

  it("is only ever the signed-in user's: another user's export holds none of the first one's items or files", async () => {
    const other = await createUser(db());
    actAs(other);
    const entries = unzipSync(await download());
    const document = portfolioExportSchema.parse(JSON.parse(new TextDecoder().decode(entries["portfolio.json"])));
    expect(document.campaigns).toEqual([]);
    expect(document.media).toEqual([]);
    expect(Object.keys(entries).filter((name) => name.startsWith("media/"))).toEqual([]);
    actAs(null);
    expect((await GET()).status).toBe(401);
  });

  it("is rate-limited per user", async () => {
    const user = await createUser(db());
    actAs(user);
    for (let i = 0; i < 10; i++) expect((await GET()).status).toBe(200);
    const refused = await GET();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("JSON Resume export", () => {
  it("the demo portfolio's resume.json is valid against @jsonresume/schema and holds the owner's name and work", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id: owner.userId } });
    actAs(user);
    const response = await getJsonResume();
    expect(response.status).toBe(200);
    const resume = await response.json();
    expect(await jsonResumeErrors(resume)).toEqual([]);
    const portfolio = await db().portfolio.findUniqueOrThrow({ where: { userId: owner.userId } });
    expect(resume.basics.name).toBe(portfolio.displayName);
    expect(resume.work.length).toBe(await db().experience.count({ where: { portfolioId: portfolio.id, hidden: false } }));
    expect(resume.projects.length).toBeGreaterThan(0);
    actAs(null);
    expect((await getJsonResume()).status).toBe(401);
  });
});

describe("Import a Postfolio export", () => {
  it("round trip: imported into a new account and published, the public page equals the original apart from ids, handle and timestamps", async () => {
    const newcomer = await createUser(db());
    const result = await importPortfolioExport(newcomer.id, archive, { replaceProfile: true });
    await db().portfolio.update({ where: { userId: newcomer.id }, data: { visibility: "PUBLIC", publishedAt: new Date() } });

    const original = await loadPublicPortfolio({ userId: owner.userId }, { publicOnly: true });
    const copy = await loadPublicPortfolio({ userId: newcomer.id }, { publicOnly: true });
    expect(copy).not.toBeNull();
    expect(comparable(copy)).toEqual(comparable(original));
    expect(copy!.handle).toBe(newcomer.handle);

    // Same media: count and bytes.
    const bytesOf = async (userId: string) =>
      (await db().media.findMany({ where: { userId }, select: { bytes: true }, orderBy: { bytes: "asc" } })).map((row) => row.bytes);
    expect(await bytesOf(newcomer.id)).toEqual(await bytesOf(owner.userId));
    expect(filesOf(newcomer.id)).toBe(filesOf(owner.userId));
    expect(result.counts.campaigns).toBe(original!.campaigns.length);
  });

  it("into an account with items adds them (nothing overwritten) and renumbers a taken case-study slug", async () => {
    const target = await createUser(db());
    await importPortfolioExport(target.id, archive, { replaceProfile: false });
    const before = await db().portfolio.findUniqueOrThrow({ where: { userId: target.id } });
    await importPortfolioExport(target.id, archive, { replaceProfile: false });
    const document = portfolioExportSchema.parse(JSON.parse(new TextDecoder().decode(unzipSync(archive)["portfolio.json"])));
    expect(await db().campaign.count({ where: { portfolio: { userId: target.id } } })).toBe(2 * document.campaigns.length);
    const slugs = (await db().caseStudy.findMany({ where: { portfolio: { userId: target.id } }, select: { slug: true } })).map((row) => row.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const after = await db().portfolio.findUniqueOrThrow({ where: { userId: target.id } });
    expect(after.displayName).toBe(before.displayName);
    expect(after.avatarId).toBe(before.avatarId);
  });

  it("refuses an unknown version, a broken reference, a path trick and a zip bomb, storing nothing", async () => {
    const target = await createUser(db());
    const entries = unzipSync(archive);
    const document = JSON.parse(new TextDecoder().decode(entries["portfolio.json"]));
    const withJson = (json: unknown, extra: Record<string, Uint8Array> = {}) =>
      zipSync({ ...entries, "portfolio.json": strToU8(JSON.stringify(json)), ...extra });
    const errorOf = async (bytes: Uint8Array) => {
      try {
        await importPortfolioExport(target.id, bytes, { replaceProfile: true });
      } catch (error) {
        return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors?.file?.[0];
      }
      return "imported";
    };
    expect(await errorOf(withJson({ ...document, version: 2 }))).toBe("dataExport.errors.unknownVersion");
    expect(await errorOf(withJson({ ...document, samples: [{ ...document.samples[0], campaign: "nope" }] }))).toBe("dataExport.errors.badReference");
    expect(await errorOf(withJson(document, { "../evil.txt": strToU8("x") }))).toBe("imports.fileErrors.unsafePath");
    expect(await errorOf(zipBomb())).toMatch(/^(imports\.fileErrors\.zipBomb|dataExport\.errors\.notAnExport)$/);
    expect(await errorOf(strToU8("hello"))).toBe("dataExport.errors.notAnExport");
    expect(await db().campaign.count({ where: { portfolio: { userId: target.id } } })).toBe(0);
    expect(filesOf(target.id)).toBe(0);
  });

  it("through the routes: the preview counts without storing, the confirmed import lands in the signed-in account only", async () => {
    const origin = "http://localhost:3000";
    // The ZIP is the raw body, as the data page sends it (lib/export/upload.ts streams it to a temporary file).
    const upload = (url: string, headers: Record<string, string> = { origin }) =>
      new Request(url, {
        method: "POST",
        body: archive as Uint8Array<ArrayBuffer>,
        headers: { host: "localhost:3000", "content-type": "application/zip", ...headers },
      });
    const target = await createUser(db());
    actAs(null);
    expect((await previewRoute(upload(`${origin}/api/export/import/preview`))).status).toBe(401);
    actAs(target);
    expect((await importRoute(upload(`${origin}/api/export/import`, { origin: "https://evil.example" }))).status).toBe(403);

    const preview = await previewRoute(upload(`${origin}/api/export/import/preview`));
    expect(preview.status).toBe(200);
    const { counts } = await preview.json();
    const document = portfolioExportSchema.parse(JSON.parse(new TextDecoder().decode(unzipSync(archive)["portfolio.json"])));
    expect(counts).toMatchObject({ campaigns: document.campaigns.length, samples: document.samples.length, caseStudies: document.caseStudies.length });
    expect(counts.files).toBe(Object.keys(unzipSync(archive)).filter((name) => /^(media|imports)\//.test(name)).length);
    expect(await db().campaign.count({ where: { portfolio: { userId: target.id } } })).toBe(0);

    const saved = await importRoute(upload(`${origin}/api/export/import`));
    expect(saved.status).toBe(201);
    expect(await db().campaign.count({ where: { portfolio: { userId: target.id } } })).toBe(document.campaigns.length);
    // The account it came from is untouched.
    expect(await db().campaign.count({ where: { portfolio: { userId: owner.userId } } })).toBe(document.campaigns.length);
  });

  it("a failing transaction removes the files it wrote (no orphans)", async () => {
    const target = await createUser(db());
    const entries = unzipSync(archive);
    const document = JSON.parse(new TextDecoder().decode(entries["portfolio.json"]));
    // Valid for the schema, refused by the database: a skill repeated is fine (skipped), an enormous budget is not a double.
    const broken = { ...document, certifications: [{ ...document.certifications[0], name: "x\u0000y" }] };
    await expect(
      importPortfolioExport(target.id, zipSync({ ...entries, "portfolio.json": strToU8(JSON.stringify(broken)) }), { replaceProfile: true }),
    ).rejects.toThrow();
    expect(await db().media.count({ where: { userId: target.id } })).toBe(0);
    expect(await db().campaign.count({ where: { portfolio: { userId: target.id } } })).toBe(0);
    expect(filesOf(target.id)).toBe(0);
  });
});
