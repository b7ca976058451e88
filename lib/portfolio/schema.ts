import { z } from "zod";
import { httpUrl, idString, LIMITS, multilineText, optionalEmail, optionalHttpUrl, text } from "@/lib/validation";
import { mediaAltsField } from "@/lib/media/schema";
import { saveFields } from "@/lib/versioned-saves";
import { platformValues } from "@/lib/platforms/platforms";

export const platformSchema = z.enum(platformValues);

export const profileLinkSchema = z.object({ platform: platformSchema, url: httpUrl });

/** The longest bio, in characters. */
export const BIO_MAX = LIMITS.description;

export const updateProfileSchema = z.object({
  displayName: text(LIMITS.name, 1),
  headline: text(LIMITS.headline),
  bio: multilineText(BIO_MAX),
  location: text(LIMITS.name),
  contactEmail: optionalEmail,
  website: optionalHttpUrl,
  profileLinks: z
    .array(profileLinkSchema)
    .max(10, "tooMany")
    .refine((links) => new Set(links.map((link) => link.platform)).size === links.length, "duplicatePlatform"),
  targetIndustry: text(LIMITS.name),
  platforms: z
    .array(platformSchema)
    .max(platformValues.length)
    .transform((list) => [...new Set(list)]),
  openToWork: z.boolean(),
  avatarId: idString.nullable(),
  /** The photo's alt text. */
  ...mediaAltsField,
  ...saveFields,
});

export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
export type UpdateProfile = z.output<typeof updateProfileSchema>;
