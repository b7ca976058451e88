import type { FeaturedFigure, FeaturedImage } from "@/lib/public/types";

/** What the picker offers (everything a visitor can see) and what is picked now. */
export type FeaturedChoices = {
  images: FeaturedImage[];
  figures: FeaturedFigure[];
  /** The saved picks that are still offered, in the owner's order. */
  picked: { mediaIds: string[]; resultIds: string[] };
  /** What the strip shows today (the picks, or the defaults when nothing is picked). */
  shown: { mediaIds: string[]; resultIds: string[] };
};
