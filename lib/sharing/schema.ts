import { z } from "zod";
import { isRealIsoDate, todayIso } from "@/lib/dates";
import { sectionKeys } from "@/lib/sections";
import { DATE_MAX, idString, LIMITS, multilineText, text } from "@/lib/validation";

// Shared by the share-link forms (zodResolver) and the server actions. Messages
// are keys of `validation`, or of `sharing.validation` where prefixed "sharing.".

export const MAX_NOTE = LIMITS.summary;

export { todayIso };

/** A link's expiry date is inclusive: it stops working at the end of that day (UTC). */
export function expiryInstant(isoDate: string): Date {
  return new Date(`${isoDate}T23:59:59.999Z`);
}

/** Empty means "never"; otherwise a real date, today or later. */
export const expiryDateSchema = z
  .union([
    z.literal("").transform(() => null),
    z
      .string()
      .trim()
      .refine(isRealIsoDate, "date")
      .refine((value) => value >= todayIso(), "sharing.expiryInPast")
      .refine((value) => value <= DATE_MAX, "dateRange"),
  ])
  .nullish()
  .transform((value) => value ?? null);

const recipientFields = {
  recipientName: text(LIMITS.title, 1),
  company: text(LIMITS.title),
  note: multilineText(MAX_NOTE),
};

export const createShareLinkSchema = z.object({
  ...recipientFields,
  expiresAt: expiryDateSchema,
  /** The sections this recipient sees, at least one; all of them is stored as "all". */
  sections: z
    .array(z.enum(sectionKeys))
    .max(sectionKeys.length)
    .min(1, "sharing.pickSection")
    .transform((list) => [...new Set(list)]),
  anonymizeAll: z.boolean(),
});
export type CreateShareLink = z.output<typeof createShareLinkSchema>;

export const updateShareLinkSchema = z.object({ id: idString, ...recipientFields });
export type UpdateShareLink = z.output<typeof updateShareLinkSchema>;

export const shareLinkIdSchema = z.object({ id: idString });
export type ShareLinkId = z.output<typeof shareLinkIdSchema>;

export const notificationIdsSchema = z.object({ ids: z.array(idString).max(200) });
