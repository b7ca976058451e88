import { z } from "zod";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { clientFields, refineClient } from "@/lib/campaigns/schema";
import { text } from "@/lib/validation";
import { mediaAltsField } from "@/lib/media/schema";

export { itemIdSchema, reorderSchema, type ItemId, type Reorder } from "@/lib/campaigns/schema";

// Shared by the document form (zodResolver) and the server actions. Messages
// are keys of `validation`, or of `editor.validation` / `documents.validation`.

export const documentKindValues = [
  "SOCIAL_MEDIA_STRATEGY",
  "CONTENT_PLAN",
  "BRAND_VOICE_GUIDE",
  "AUDIENCE_PERSONAS",
  "COMPETITOR_ANALYSIS",
  "CHANNEL_AUDIT",
  "CRISIS_PROTOCOL",
  "PERFORMANCE_REPORT",
  "OTHER",
] as const satisfies readonly DocumentKind[];

export const DOCUMENT_BODY_MAX = 50_000;
export const DOCUMENT_SUMMARY_MAX = 500;

const optionalId = z
  .string()
  .nullish()
  .transform((value) => value || null);

export const upsertDocumentSchema = z
  .object({
    /** Present when editing. */
    id: z.string().min(1).optional(),
    title: text(120, 1),
    kind: z.enum(documentKindValues),
    summary: text(DOCUMENT_SUMMARY_MAX),
    /** Markdown; rendered sanitized. */
    body: z.string().max(DOCUMENT_BODY_MAX, "tooLong"),
    /** An uploaded PDF of the owner's. */
    pdfId: optionalId,
    /** The PDF's title. */
    ...mediaAltsField,
    /** One of the owner's campaigns. */
    campaignId: optionalId,
    ...clientFields,
  })
  .superRefine((document, ctx) => {
    refineClient(document, ctx);
    if (document.confidential && !document.client) {
      ctx.addIssue({ code: "custom", path: ["client"], message: "required" });
    }
  });

export type UpsertDocumentInput = z.input<typeof upsertDocumentSchema>;
export type UpsertDocument = z.output<typeof upsertDocumentSchema>;

export const setHiddenSchema = z.object({ id: z.string().min(1), hidden: z.boolean() });
export type SetHidden = z.output<typeof setHiddenSchema>;
