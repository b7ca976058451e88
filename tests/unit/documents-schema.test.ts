import { describe, expect, it } from "vitest";
import { DOCUMENT_BODY_MAX, upsertDocumentSchema } from "@/lib/documents/schema";
import { documentForm } from "@/tests/support/forms";

const base = documentForm({ title: "Strategy", kind: "CONTENT_PLAN" });

describe("upsertDocumentSchema", () => {
  it("turns empty links into null and trims text", () => {
    expect(upsertDocumentSchema.parse({ ...base, title: "  Plan  " })).toMatchObject({ title: "Plan", pdfId: null, campaignId: null });
  });

  it("requires the client and a label when confidential", () => {
    const issues = upsertDocumentSchema.safeParse({ ...base, confidential: true }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["anonymizedLabel", "anonymizedLabelRequired"],
      ["client", "required"],
    ]);
    expect(upsertDocumentSchema.safeParse({ ...base, confidential: true, client: "Acme", anonymizedLabel: "a retailer" }).success).toBe(true);
  });

  it("refuses unknown kinds and overlong bodies", () => {
    expect(upsertDocumentSchema.safeParse({ ...base, kind: "MEMO" }).success).toBe(false);
    expect(upsertDocumentSchema.safeParse({ ...base, body: "x".repeat(DOCUMENT_BODY_MAX + 1) }).error?.issues[0]?.message).toBe("tooLong");
  });
});
