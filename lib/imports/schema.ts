import { z } from "zod";
import { objectiveValues } from "@/lib/campaigns/schema";
import { currencyValues } from "@/lib/money";
import { workKindSchema } from "@/lib/validation";
import { idString, LIMITS, text } from "@/lib/validation";
import { importFields } from "./fields";
import { MAX_COLUMNS } from "./limits";

// What the user chose in the wizard: the same object checks the wizard's form and the save route.

const tableIndex = z.number().int().min(0).max(1000);

export const newCampaignSchema = z.object({
  mode: z.literal("new"),
  tables: z.array(tableIndex).min(1, "required").max(20),
  title: text(LIMITS.title, 1),
  workKind: workKindSchema,
  objective: z.enum(objectiveValues),
  currency: z.enum(currencyValues),
});

export const mergeCampaignSchema = z.object({
  mode: z.literal("merge"),
  tables: z.array(tableIndex).min(1, "required").max(20),
  campaignId: idString,
});

export const saveImportSchema = z
  .object({
    decimal: z.enum(["point", "comma"]),
    /** For year-less dates (TikTok). */
    year: z.number().int().min(1990).max(2100).nullable(),
    /** Per table index: our field for each column. */
    mappings: z.record(z.string().regex(/^\d{1,4}$/), z.array(z.enum(importFields)).max(MAX_COLUMNS)),
    samples: z.object({ table: tableIndex, workKind: workKindSchema }).nullable(),
    campaign: z.discriminatedUnion("mode", [newCampaignSchema, mergeCampaignSchema]).nullable(),
  })
  .superRefine((value, ctx) => {
    if (!value.samples && !value.campaign) ctx.addIssue({ code: "custom", path: ["samples"], message: "imports.nothingChosen" });
  });

export type SaveImportInput = z.input<typeof saveImportSchema>;
export type SaveImport = z.output<typeof saveImportSchema>;
