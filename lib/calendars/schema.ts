import { z } from "zod";
import type { EntryStatus } from "@/lib/db/generated/enums";
import { platformValues } from "@/lib/platforms/platforms";
import { formatValues } from "@/lib/samples/schema";
import { idString, isoDate, LIMITS, multilineText, optionalIdString, text } from "@/lib/validation";
import { saveFields } from "@/lib/versioned-saves";
import { isMonth, MAX_PERIOD_MONTHS, monthSpan } from "./period";

// Shared by the calendar forms (zodResolver) and the server actions. Messages
// are keys of `validation`, or of `calendars.validation`.

export const entryStatusValues = ["IDEA", "DRAFT", "SCHEDULED", "PUBLISHED"] as const satisfies readonly EntryStatus[];

export const TOPIC_MAX = 2200;
export const PILLAR_MAX = LIMITS.label;
/** An import holds at most this many entries (a year of several posts a day) ... */
export const CSV_MAX_ROWS = 1000;
/** ... in a file of at most this many bytes, which must also fit the server-action body limit (next.config.ts). */
export const CSV_MAX_BYTES = 1024 * 1024;

/** A month as `<input type="month">` gives it: "YYYY-MM". */
export const monthInput = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .refine((value) => value === "" || isMonth(value), "month");

export const upsertCalendarSchema = z
  .object({
    /** Present when editing. */
    id: idString.optional(),
    ...saveFields,
    title: text(LIMITS.title, 1),
    startMonth: monthInput,
    endMonth: monthInput,
  })
  .superRefine((calendar, ctx) => {
    if (!isMonth(calendar.startMonth) || !isMonth(calendar.endMonth)) return;
    const span = monthSpan(calendar.startMonth, calendar.endMonth);
    if (span < 1) ctx.addIssue({ code: "custom", path: ["endMonth"], message: "endBeforeStart" });
    else if (span > MAX_PERIOD_MONTHS) ctx.addIssue({ code: "custom", path: ["endMonth"], message: "periodTooLong" });
  });

export type UpsertCalendarInput = z.input<typeof upsertCalendarSchema>;
export type UpsertCalendar = z.output<typeof upsertCalendarSchema>;

/** "HH:MM" (24-hour) or empty for none. */
export const optionalTime = z
  .union([
    z.literal("").transform(() => null),
    z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time"),
  ])
  .nullish()
  .transform((value) => value ?? null);

/** An entry's own fields, as the dialog and the CSV import give them. */
export const entryFieldsSchema = z.object({
  date: isoDate,
  time: optionalTime,
  platform: z.enum(platformValues),
  format: z.enum(formatValues),
  topic: multilineText(TOPIC_MAX, 1),
  pillar: text(PILLAR_MAX),
  status: z.enum(entryStatusValues),
});
export type EntryFields = z.output<typeof entryFieldsSchema>;

export const upsertEntrySchema = entryFieldsSchema.extend({
  /** Present when editing. */
  id: idString.optional(),
  ...saveFields,
  calendarId: idString,
  /** One of the owner's content samples. */
  sampleId: optionalIdString,
});
export type UpsertEntryInput = z.input<typeof upsertEntrySchema>;
export type UpsertEntry = z.output<typeof upsertEntrySchema>;

export const moveEntrySchema = z.object({ id: idString, date: isoDate });
export type MoveEntry = z.output<typeof moveEntrySchema>;

export const importEntriesSchema = z.object({
  calendarId: idString,
  /** The CSV text; the server parses it again with the same parser as the preview. */
  csv: z.string().max(CSV_MAX_BYTES, "csvTooLarge"),
  /** Rows (spreadsheet numbers) the user chose to skip: exactly the bad rows of the preview, or none. */
  skipRows: z.array(z.number().int().min(2).max(1_000_000)).max(CSV_MAX_ROWS).default([]),
});
export type ImportEntries = Omit<z.output<typeof importEntriesSchema>, "skipRows"> & { skipRows?: number[] };
