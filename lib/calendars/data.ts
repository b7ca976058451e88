import "server-only";
import { db } from "@/lib/db/client";
import { toListItemView } from "@/lib/item-view";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { toIsoDate } from "@/lib/dates";
import type { CalendarListItem, CalendarView, EntryView, SampleOption } from "./types";

export const entryInclude = { sample: { select: { id: true, title: true } } } satisfies Prisma.CalendarEntryInclude;
export const entryOrder = [
  { date: "asc" },
  { time: { sort: "asc", nulls: "first" } },
  { position: "asc" },
] satisfies Prisma.CalendarEntryOrderByWithRelationInput[];

type EntryRow = Prisma.CalendarEntryGetPayload<{ include: typeof entryInclude }>;

export function toEntryView(row: EntryRow): EntryView {
  return {
    id: row.id,
    version: row.version,
    date: toIsoDate(row.date),
    time: row.time,
    platform: row.platform,
    format: row.format,
    topic: row.topic,
    pillar: row.pillar,
    status: row.status,
    sample: row.sample,
    position: row.position,
  };
}

/** "YYYY-MM" of a first-of-month date column. */
export function toMonth(date: Date): string {
  return toIsoDate(date).slice(0, 7);
}

type CalendarHead = Omit<CalendarView, "entries">;

/** What the list and the editor both show of a calendar: its place, visibility, title and months. */
function calendarHead(row: { id: string; version: number; position: number; hidden: boolean; title: string; startMonth: Date; endMonth: Date }): CalendarHead {
  return {
    ...toListItemView(row),
    version: row.version,
    title: row.title,
    startMonth: toMonth(row.startMonth),
    endMonth: toMonth(row.endMonth),
  };
}

/** The owner's calendars in their chosen order, with what the list shows about their entries. */
export async function listCalendars(userId: string): Promise<CalendarListItem[]> {
  const rows = await db().calendar.findMany({
    where: { portfolio: { userId } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { entries: { select: { platform: true, status: true } } },
  });
  return rows.map((row) => {
    const statusCounts: CalendarListItem["statusCounts"] = {};
    for (const entry of row.entries) statusCounts[entry.status] = (statusCounts[entry.status] ?? 0) + 1;
    return {
      ...calendarHead(row),
      entryCount: row.entries.length,
      platforms: [...new Set(row.entries.map((entry) => entry.platform))],
      statusCounts,
    };
  });
}

/** One of the owner's calendars with its entries by date; NOT_FOUND when missing or someone else's. */
export async function getCalendar(userId: string, id: string): Promise<CalendarView> {
  const row = await db().calendar.findFirst({
    where: { id, portfolio: { userId } },
    include: { entries: { orderBy: entryOrder, include: entryInclude } },
  });
  if (!row) throw notFound();
  return {
    ...calendarHead(row),
    entries: row.entries.map(toEntryView),
  };
}

/** The owner's content samples, for an entry's "linked sample" select. */
export async function listSampleOptions(userId: string): Promise<SampleOption[]> {
  return db().contentSample.findMany({
    where: { portfolio: { userId } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, platform: true },
  });
}
