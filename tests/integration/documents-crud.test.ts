import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

const storageDir = await vi.hoisted(async () => (await import("@/tests/support/temp-storage")).tempStorageDir("postfolio-docs-"));

import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { uploadMedia } from "@/lib/media/mutations";
import { getDocument, listDocuments } from "@/lib/documents/data";
import { deleteDocument, duplicateDocument, reorderDocuments, saveDocument, setDocumentHidden } from "@/lib/documents/mutations";
import { upsertDocumentSchema, type UpsertDocumentInput } from "@/lib/documents/schema";
import { minimalPdf } from "../unit/media-fixtures";
import { expectAppError } from "@/tests/support/app-error";

const base: UpsertDocumentInput = {
  title: "Social media strategy 2026",
  kind: "SOCIAL_MEDIA_STRATEGY",
  summary: "Goals, audiences and KPIs for a coffee chain's first year on TikTok.",
  body: "# Goals\n\n| KPI | Target |\n| --- | --- |\n| ER | 4.5 % |",
  pdfId: null,
  campaignId: null,
  client: "",
  confidential: false,
  anonymizedLabel: "",
};

const input = (overrides: Partial<UpsertDocumentInput> = {}) => upsertDocumentSchema.parse({ ...base, ...overrides });

const pdfFile = (userId: string) => uploadMedia(userId, { bytes: minimalPdf(3), alt: "Strategy deck", purpose: "document" });

describe("strategy documents", () => {
  it("creates, reads, updates, duplicates, hides, reorders and deletes the owner's documents", async () => {
    const user = await createUser(db());
    const first = await saveDocument(user.id, input());
    const second = await saveDocument(user.id, input({ title: "Brand voice guide", kind: "BRAND_VOICE_GUIDE" }));

    expect((await listDocuments(user.id)).map((doc) => doc.title)).toEqual(["Social media strategy 2026", "Brand voice guide"]);
    const read = await getDocument(user.id, first.id);
    expect(read).toMatchObject({ title: "Social media strategy 2026", kind: "SOCIAL_MEDIA_STRATEGY", pdf: null, campaign: null });
    expect(read.body).toContain("| KPI | Target |");

    await saveDocument(
      user.id,
      input({ id: first.id, title: "Strategy v2", confidential: true, client: "Northside Coffee", anonymizedLabel: "a regional coffee chain" }),
    );
    expect(await getDocument(user.id, first.id)).toMatchObject({ title: "Strategy v2", confidential: true, anonymizedLabel: "a regional coffee chain" });

    const copy = await duplicateDocument(user.id, first.id, "(copy)");
    expect((await listDocuments(user.id)).map((doc) => doc.id)).toEqual([first.id, copy.id, second.id]);
    expect((await getDocument(user.id, copy.id)).title).toBe("Strategy v2 (copy)");

    await setDocumentHidden(user.id, { id: second.id, hidden: true });
    expect((await getDocument(user.id, second.id)).hidden).toBe(true);

    await reorderDocuments(user.id, [second.id, first.id, copy.id]);
    expect((await listDocuments(user.id)).map((doc) => doc.id)).toEqual([second.id, first.id, copy.id]);

    await deleteDocument(user.id, copy.id);
    expect((await listDocuments(user.id)).map((doc) => doc.id)).toEqual([second.id, first.id]);
  });

  it("requires the client and an anonymized label when confidential", () => {
    const result = upsertDocumentSchema.safeParse({ ...base, confidential: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["client", "anonymizedLabel"]));
  });

  it("links the owner's campaign and PDF; replacing the PDF deletes the old one, deleting the document deletes its PDF", async () => {
    const user = await createUser(db());
    const portfolio = await db().portfolio.update({ where: { userId: user.id }, data: { displayName: "Sam" } });
    const campaign = await db().campaign.create({
      data: { portfolioId: portfolio.id, title: "Spring launch", workKind: "CLIENT", startDate: new Date("2026-03-01"), objective: "AWARENESS" },
    });
    const pdf = await pdfFile(user.id);
    const doc = await saveDocument(user.id, input({ pdfId: pdf.id, campaignId: campaign.id }));
    const read = await getDocument(user.id, doc.id);
    expect(read.pdf).toMatchObject({ id: pdf.id, kind: "PDF", pageCount: 3 });
    expect(read.campaign).toEqual({ id: campaign.id, title: "Spring launch" });

    const replacement = await pdfFile(user.id);
    await saveDocument(user.id, input({ id: doc.id, pdfId: replacement.id, campaignId: campaign.id }));
    expect(await db().media.findUnique({ where: { id: pdf.id } })).toBeNull();
    expect(existsSync(path.join(storageDir, user.id, pdf.id))).toBe(false);

    // A PDF already attached to another document can't be reused.
    const other = await saveDocument(user.id, input({ title: "Other" }));
    const error = await expectAppError(saveDocument(user.id, input({ id: other.id, pdfId: replacement.id })), "VALIDATION");
    expect(error.fieldErrors).toEqual({ pdfId: ["pdfNotFound"] });

    await deleteDocument(user.id, doc.id);
    expect(await db().media.findUnique({ where: { id: replacement.id } })).toBeNull();
    expect(existsSync(path.join(storageDir, user.id, replacement.id))).toBe(false);
  });

  it("gives another user NOT_FOUND for every action and changes nothing", async () => {
    const owner = await createUser(db());
    const intruder = await createUser(db());
    const portfolio = await db().portfolio.update({ where: { userId: owner.id }, data: { displayName: "Owner" } });
    const campaign = await db().campaign.create({
      data: { portfolioId: portfolio.id, title: "Owner campaign", workKind: "CLIENT", startDate: new Date("2026-03-01"), objective: "AWARENESS" },
    });
    const ownerPdf = await pdfFile(owner.id);
    const doc = await saveDocument(owner.id, input({ pdfId: ownerPdf.id }));
    const before = await db().strategyDocument.findMany({ orderBy: { id: "asc" } });

    await expectAppError(getDocument(intruder.id, doc.id), "NOT_FOUND");
    await expectAppError(saveDocument(intruder.id, input({ id: doc.id, title: "Hacked" })), "NOT_FOUND");
    await expectAppError(deleteDocument(intruder.id, doc.id), "NOT_FOUND");
    await expectAppError(duplicateDocument(intruder.id, doc.id, "(copy)"), "NOT_FOUND");
    await expectAppError(setDocumentHidden(intruder.id, { id: doc.id, hidden: true }), "NOT_FOUND");
    await expectAppError(reorderDocuments(intruder.id, [doc.id]), "NOT_FOUND");
    // Their own document can't point at the owner's campaign or PDF.
    await expectAppError(saveDocument(intruder.id, input({ campaignId: campaign.id })), "NOT_FOUND");
    await expectAppError(saveDocument(intruder.id, input({ pdfId: ownerPdf.id })), "VALIDATION");
    // A reorder mixing their own and a foreign id changes nothing.
    const mine = await saveDocument(intruder.id, input({ title: "Mine" }));
    await expectAppError(reorderDocuments(intruder.id, [mine.id, doc.id]), "NOT_FOUND");

    expect(await db().strategyDocument.findMany({ where: { id: { not: mine.id } }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await listDocuments(intruder.id)).toHaveLength(1);
    expect(await db().media.findUnique({ where: { id: ownerPdf.id } })).not.toBeNull();
  });
});
