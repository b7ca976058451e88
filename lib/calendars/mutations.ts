import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { deleteOwned, duplicateOwned, reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/validation";
import { revalidatePortfolio } from "@/lib/portfolio/mutations";
import { importableEntries, parseCalendarCsv } from "./csv";
import { entryInclude, entryOrder, toEntryView, toMonth } from "./data";
import { isWithin, periodBounds } from "./period";
import type { ImportEntries, MoveEntry, UpsertCalendar, UpsertEntry } from "./schema";
import type { EntryView } from "./types";

type Tx = Prisma.TransactionClient;

function calendarData(input: UpsertCalendar) {
  return { title: input.title, startMonth: fromIsoDate(`${input.startMonth}-01`), endMonth: fromIsoDate(`${input.endMonth}-01`) };
}

/**
 * Creates or updates a calendar. Narrowing the period is refused (VALIDATION on
 * the month that would cut entries off) while entries fall outside it.
 */
export async function saveCalendar(userId: string, input: UpsertCalendar): Promise<{ id: string }> {
  const portfolioId = await ownPortfolioId(userId);
  const id = await db().$transaction(async (tx) => {
    if (!input.id) {
      const last = await tx.calendar.aggregate({ where: { portfolioId }, _max: { position: true } });
      const created = await tx.calendar.create({
        data: { ...calendarData(input), portfolioId, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      return created.id;
    }
    const existing = await tx.calendar.findFirst({ where: { id: input.id, portfolio: { userId } }, select: { id: true } });
    if (!existing) throw notFound();
    const { start, end } = periodBounds(input.startMonth, input.endMonth);
    const [before, after] = await Promise.all([
      tx.calendarEntry.count({ where: { calendarId: existing.id, date: { lt: fromIsoDate(start) } } }),
      tx.calendarEntry.count({ where: { calendarId: existing.id, date: { gt: fromIsoDate(end) } } }),
    ]);
    if (before > 0 || after > 0) {
      const fieldErrors: Record<string, string[]> = {};
      if (before > 0) fieldErrors.startMonth = ["entriesOutsidePeriod"];
      if (after > 0) fieldErrors.endMonth = ["entriesOutsidePeriod"];
      throw new AppError("VALIDATION", { fieldErrors });
    }
    await tx.calendar.update({ where: { id: existing.id }, data: calendarData(input) });
    return existing.id;
  });
  revalidatePortfolio(userId);
  return { id };
}

/** Deletes a calendar and its entries (linked samples stay). */
export async function deleteCalendar(userId: string, id: string): Promise<void> {
  await deleteOwned(userId, "calendar", id);
}

/** Copies a calendar with all its entries right after the original. */
export async function duplicateCalendar(userId: string, id: string, copySuffix: string): Promise<{ id: string }> {
  return duplicateOwned(
    userId,
    "calendar",
    copySuffix,
    (tx) => tx.calendar.findFirst({ where: { id, portfolio: { userId } }, include: { entries: true } }),
    (tx, original, copy) =>
      tx.calendar.create({
        data: {
          ...copy,
          startMonth: original.startMonth,
          endMonth: original.endMonth,
          entries: {
            create: original.entries.map(({ date, time, platform, format, topic, pillar, status, sampleId, position }) => ({
              ...{ date, time, platform, format, topic, pillar, status, sampleId, position },
            })),
          },
        },
        select: { id: true },
      }),
  );
}

export async function reorderCalendars(userId: string, ids: string[]): Promise<void> {
  await reorderOwned(userId, "calendar", ids);
}

/** Shows or hides a calendar on the public page. */
export async function setCalendarHidden(userId: string, { id, hidden }: SetHidden): Promise<void> {
  await setHiddenOwned(userId, "calendar", id, hidden);
}

/** The owner's calendar and its period as ISO first/last days; NOT_FOUND otherwise. */
async function ownCalendarPeriod(tx: Tx, userId: string, calendarId: string) {
  const calendar = await tx.calendar.findFirst({
    where: { id: calendarId, portfolio: { userId } },
    select: { id: true, startMonth: true, endMonth: true },
  });
  if (!calendar) throw notFound();
  return { id: calendar.id, period: periodBounds(toMonth(calendar.startMonth), toMonth(calendar.endMonth)) };
}

function outsidePeriod(): AppError {
  return new AppError("VALIDATION", { fieldErrors: { date: ["outsidePeriod"] } });
}

async function nextPosition(tx: Tx, calendarId: string): Promise<number> {
  const last = await tx.calendarEntry.aggregate({ where: { calendarId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/** Creates or updates an entry of the owner's calendar; the date must fall in its period, the sample be the owner's. */
export async function saveEntry(userId: string, input: UpsertEntry): Promise<EntryView> {
  const entry = await db().$transaction(async (tx) => {
    const calendar = await ownCalendarPeriod(tx, userId, input.calendarId);
    if (input.sampleId) {
      const sample = await tx.contentSample.findFirst({ where: { id: input.sampleId, portfolio: { userId } }, select: { id: true } });
      if (!sample) throw notFound();
    }
    if (!isWithin(input.date, calendar.period)) throw outsidePeriod();
    const data = {
      date: fromIsoDate(input.date),
      time: input.time,
      platform: input.platform,
      format: input.format,
      topic: input.topic,
      pillar: input.pillar,
      status: input.status,
      sampleId: input.sampleId,
    };
    if (!input.id) {
      return tx.calendarEntry.create({
        data: { ...data, calendarId: calendar.id, position: await nextPosition(tx, calendar.id) },
        include: entryInclude,
      });
    }
    const { count } = await tx.calendarEntry.updateMany({ where: { id: input.id, calendarId: calendar.id }, data });
    if (count === 0) throw notFound();
    return tx.calendarEntry.findUniqueOrThrow({ where: { id: input.id }, include: entryInclude });
  });
  revalidatePortfolio(userId);
  return toEntryView(entry);
}

/** Moves an entry to another day of its calendar's period (drag and drop, or the previous/next-day buttons). */
export async function moveEntry(userId: string, { id, date }: MoveEntry): Promise<EntryView> {
  const entry = await db().$transaction(async (tx) => {
    const current = await tx.calendarEntry.findFirst({
      where: { id, calendar: { portfolio: { userId } } },
      select: { id: true, date: true, calendarId: true },
    });
    if (!current) throw notFound();
    const calendar = await ownCalendarPeriod(tx, userId, current.calendarId);
    if (!isWithin(date, calendar.period)) throw outsidePeriod();
    // Dropped on another day: it goes last there.
    const position = toIsoDate(current.date) === date ? undefined : await nextPosition(tx, calendar.id);
    return tx.calendarEntry.update({ where: { id: current.id }, data: { date: fromIsoDate(date), position }, include: entryInclude });
  });
  revalidatePortfolio(userId);
  return toEntryView(entry);
}

export async function deleteEntry(userId: string, id: string): Promise<void> {
  const { count } = await db().calendarEntry.deleteMany({ where: { id, calendar: { portfolio: { userId } } } });
  if (count === 0) throw notFound();
  revalidatePortfolio(userId);
}

/**
 * Imports a CSV into the owner's calendar, all or nothing: the text is parsed
 * and checked again here with the preview's parser; any problem saves nothing
 * (VALIDATION on `csv`), otherwise every row is inserted, in file order, in one
 * transaction. Returns the calendar's entries afterwards.
 */
export async function importEntries(userId: string, input: ImportEntries): Promise<{ imported: number; entries: EntryView[] }> {
  const result = await db().$transaction(async (tx) => {
    const calendar = await ownCalendarPeriod(tx, userId, input.calendarId);
    // All rows, or the good rows when the user skipped exactly the bad ones: all-or-nothing either way.
    const importable = importableEntries(parseCalendarCsv(input.csv, calendar.period), input.skipRows);
    if (!importable) throw new AppError("VALIDATION", { fieldErrors: { csv: ["csvInvalid"] } });
    const base = await nextPosition(tx, calendar.id);
    const { count } = await tx.calendarEntry.createMany({
      data: importable.map((entry, index) => ({ ...entry, date: fromIsoDate(entry.date), calendarId: calendar.id, position: base + index })),
    });
    const entries = await tx.calendarEntry.findMany({ where: { calendarId: calendar.id }, orderBy: entryOrder, include: entryInclude });
    return { imported: count, entries: entries.map(toEntryView) };
  });
  revalidatePortfolio(userId);
  return result;
}
