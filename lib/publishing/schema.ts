import { z } from "zod";
import { sectionKeys } from "@/lib/sections";
import { themeNames } from "@/lib/public/themes";

// Publishing settings, shared by the /dashboard/publish forms and their actions.
// Messages are keys of `publicPage.publish.errors`.

export const visibilityValues = ["DRAFT", "UNLISTED", "PUBLIC"] as const;
export type VisibilityValue = (typeof visibilityValues)[number];

export const accentPresets = ["#4338ca", "#0f766e", "#be123c", "#b45309", "#7c3aed", "#0369a1", "#15803d", "#18181b"] as const;

export const setVisibilitySchema = z.object({ visibility: z.enum(visibilityValues, { error: "visibility" }) });
export type SetVisibility = z.output<typeof setVisibilitySchema>;

export const hexColorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "accentColor")
  .transform((value) => value.toLowerCase());

export const updateAppearanceSchema = z.object({
  theme: z.enum(themeNames, { error: "theme" }),
  accentColor: hexColorSchema,
});
export type UpdateAppearanceInput = z.input<typeof updateAppearanceSchema>;
export type UpdateAppearance = z.output<typeof updateAppearanceSchema>;

const sectionKey = z.enum(sectionKeys, { error: "section" });

export const updateSectionsSchema = z.object({
  /** Every section once, in the order the page shows them. */
  sectionOrder: z
    .array(sectionKey)
    .max(sectionKeys.length, "section")
    .refine((order) => new Set(order).size === order.length, "section"),
  hiddenSections: z
    .array(sectionKey)
    .max(sectionKeys.length, "section")
    .transform((hidden) => [...new Set(hidden)]),
});
export type UpdateSectionsInput = z.input<typeof updateSectionsSchema>;
export type UpdateSections = z.output<typeof updateSectionsSchema>;
