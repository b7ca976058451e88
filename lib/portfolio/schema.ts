import { z } from "zod";
import { httpUrl, optionalEmail, optionalHttpUrl, text } from "@/lib/validation";
import { mediaAltsField } from "@/lib/media/schema";

export const platformValues = [
  "INSTAGRAM",
  "FACEBOOK",
  "X",
  "LINKEDIN",
  "TIKTOK",
  "YOUTUBE",
  "PINTEREST",
  "THREADS",
  "SNAPCHAT",
  "OTHER",
] as const;
export const platformSchema = z.enum(platformValues);

export const profileLinkSchema = z.object({ platform: platformSchema, url: httpUrl });

/** The longest bio, in characters. */
export const BIO_MAX = 2000;

export const updateProfileSchema = z.object({
  displayName: text(80, 1),
  headline: text(140),
  bio: text(BIO_MAX),
  location: text(80),
  contactEmail: optionalEmail,
  website: optionalHttpUrl,
  profileLinks: z
    .array(profileLinkSchema)
    .max(10, "tooMany")
    .refine((links) => new Set(links.map((link) => link.platform)).size === links.length, "duplicatePlatform"),
  targetIndustry: text(80),
  platforms: z.array(platformSchema).max(platformValues.length).transform((list) => [...new Set(list)]),
  openToWork: z.boolean(),
  avatarId: z.string().min(1).nullable(),
  /** The photo's alt text. */
  ...mediaAltsField,
});

export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
export type UpdateProfile = z.output<typeof updateProfileSchema>;
