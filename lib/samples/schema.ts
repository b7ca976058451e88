import { z } from "zod";
import type { ContentFormat } from "@/lib/db/generated/enums";
import { optionalNumberInput } from "@/lib/metrics/number";
import { platformValues } from "@/lib/platforms/platforms";
import {
  cleanLine,
  clientFields,
  idString,
  LIMITS,
  multilineText,
  optionalHttpUrl,
  optionalIdString,
  optionalIsoDate,
  refineClient,
  text,
  workKindSchema,
} from "@/lib/validation";
import { mediaAltsField } from "@/lib/media/schema";
import { saveFields } from "@/lib/versioned-saves";

export const formatValues = [
  "IMAGE_POST",
  "CAROUSEL",
  "SHORT_VIDEO",
  "STORY",
  "TEXT_POST",
  "THREAD",
  "ARTICLE",
  "LIVE",
  "AD",
] as const satisfies readonly ContentFormat[];

/** The per-post numbers a sample may carry, in display order. */
export const postNumberFields = ["reach", "impressions", "likes", "comments", "shares", "saves", "views", "clicks"] as const;
export type PostNumberField = (typeof postNumberFields)[number];

export const MAX_SAMPLE_MEDIA = 10;
export const MAX_HASHTAGS = 30;
export const HASHTAG_MAX = 100;
export const CAPTION_MAX = LIMITS.message;

/**
 * "#Launch, coffee  #launch" → ["Launch", "coffee"]: split on commas and spaces,
 * strip leading '#', drop empties, dedupe case-insensitively keeping the first spelling.
 */
export function normalizeHashtags(input: string | readonly string[]): string[] {
  const parts = (typeof input === "string" ? [input] : input).flatMap((part) => part.split(/[\s,]+/));
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of parts) {
    const tag = part.replace(/^#+/, "").trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    result.push(tag);
  }
  return result;
}

export const hashtagsInput = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => normalizeHashtags(typeof value === "string" ? cleanLine(value) : value.map(cleanLine)))
  .pipe(z.array(z.string().max(HASHTAG_MAX, "tooLong")).max(MAX_HASHTAGS, "tooMany"));

const postNumbers = Object.fromEntries(postNumberFields.map((field) => [field, optionalNumberInput])) as Record<PostNumberField, typeof optionalNumberInput>;

export const upsertSampleSchema = z
  .object({
    /** Present when editing. */
    id: idString.optional(),
    platform: z.enum(platformValues),
    format: z.enum(formatValues),
    title: text(LIMITS.title, 1),
    caption: multilineText(CAPTION_MAX),
    hashtags: hashtagsInput,
    postedAt: optionalIsoDate,
    url: optionalHttpUrl,
    campaignId: optionalIdString,
    workKind: workKindSchema,
    ...clientFields,
    ...postNumbers,
    /** The sample's images in display order (ids of the owner's uploads). */
    mediaIds: z
      .array(idString)
      .max(MAX_SAMPLE_MEDIA, "tooMany")
      .refine((ids) => new Set(ids).size === ids.length, "duplicateId"),
    /** Each image's alt text. */
    ...mediaAltsField,
    ...saveFields,
  })
  .superRefine(refineClient);

export type UpsertSampleInput = z.input<typeof upsertSampleSchema>;
export type UpsertSample = z.output<typeof upsertSampleSchema>;
