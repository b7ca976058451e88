import { z } from "zod";
import { FEATURED_FIGURES, FEATURED_IMAGES } from "@/lib/public/featured";

// The featured strip's picks, shared by the picker on /dashboard/publish and its
// action. Messages are keys of `featured.picker.errors`.

const ids = (max: number, tooMany: string) =>
  z
    .array(z.string().trim().min(1, "unknown").max(64, "unknown"))
    .max(max, tooMany)
    .refine((list) => new Set(list).size === list.length, "duplicate");

export const updateFeaturedSchema = z.object({
  /** Sample images (Media ids), in the order the strip shows them. */
  mediaIds: ids(FEATURED_IMAGES, "tooManyImages"),
  /** Campaign metrics and case-study key results, in the order the strip shows them. */
  resultIds: ids(FEATURED_FIGURES, "tooManyFigures"),
});
export type UpdateFeaturedInput = z.input<typeof updateFeaturedSchema>;
export type UpdateFeatured = z.output<typeof updateFeaturedSchema>;
