import { z } from "zod";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { clientFields, idString, LIMITS, multilineText, optionalIdString, refineClient, text } from "@/lib/validation";
import { mediaAltsField } from "@/lib/media/schema";
import { saveFields } from "@/lib/versioned-saves";

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

export const DOCUMENT_BODY_MAX = LIMITS.body;
export const DOCUMENT_SUMMARY_MAX = LIMITS.summary;

const optionalId = optionalIdString;

export const upsertDocumentSchema = z
  .object({
    /** Present when editing. */
    id: idString.optional(),
    title: text(LIMITS.title, 1),
    kind: z.enum(documentKindValues),
    summary: multilineText(DOCUMENT_SUMMARY_MAX),
    /** Markdown; rendered sanitized. */
    body: multilineText(DOCUMENT_BODY_MAX),
    /** An uploaded PDF of the owner's. */
    pdfId: optionalId,
    /** The PDF's title. */
    ...mediaAltsField,
    ...saveFields,
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
