import type { ContentFormat, EntryStatus, Platform } from "@/lib/db/generated/enums";

/** A calendar entry; `date` is "YYYY-MM-DD", `time` "HH:MM" or null. */
export type EntryView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  date: string;
  time: string | null;
  platform: Platform;
  format: ContentFormat;
  topic: string;
  pillar: string;
  status: EntryStatus;
  sample: { id: string; title: string } | null;
  position: number;
};

/** A calendar; months are "YYYY-MM". */
export type CalendarView = {
  id: string;
  /** What the form sends back as `baseVersion` (#19). */
  version: number;
  position: number;
  hidden: boolean;
  title: string;
  startMonth: string;
  endMonth: string;
  entries: EntryView[];
};

export type CalendarListItem = Omit<CalendarView, "entries"> & {
  entryCount: number;
  platforms: Platform[];
  statusCounts: Partial<Record<EntryStatus, number>>;
};

export type SampleOption = { id: string; title: string; platform: Platform };
