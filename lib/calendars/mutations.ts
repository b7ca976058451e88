import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { ownPortfolioId } from "@/lib/portfolio/data";
import { deleteOwned, duplicateOwned, reorderOwned, setHiddenOwned } from "@/lib/portfolio/ordering";
import type { SetHidden } from "@/lib/validation";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import { readForSave, versionedSave } from "@/lib/db/versioned-save";
import type { SavedItem } from "@/lib/versioned-saves";
import { importableEntries, parseCalendarCsv } from "./csv";
import { entryInclude, entryOrder, toEntryView, toMonth } from "./data";
import { isWithin, periodBounds } from "./period";
import type { ImportEntries, MoveEntry, UpsertCalendar, UpsertEntry } from "./schema";
import type { EntryView } from "./types";

type Tx = Prisma.TransactionClient;

function calendarData(input: UpsertCalendar) {
  return { title: input.title, startMonth: fromIsoDate(`${input.startMonth}-01`), endMonth: fromIsoDate(`${input.endMonth}-01`) };
}

const storedSelect = { id: true, version: true, lastSaveId: true } as const;

/**
 * Creates or updates a calendar by the versioned save (#19): the owner's
 * calendar, its version and the period check are read first, then one
 * write-only transaction. Narrowing the period is refused (VALIDATION on the
 * month that would cut entries off) while entries fall outside it.
 */
export async function saveCalendar(userId: string, input: UpsertCalendar): Promise<SavedItem> {
  const portfolioId = await ownPortfolioId(userId);
  const { stored, settled, find } = await readForSave(input, (where) => db().calendar.findFirst({ where: { ...where, portfolioId }, select: storedSelect }));
  if (settled) return settled;
  if (input.id) {
    const { start, end } = periodBounds(input.startMonth, input.endMonth);
    const [before, after] = await Promise.all([
      db().calendarEntry.count({ where: { calendarId: input.id, date: { lt: fromIsoDate(start) } } }),
      db().calendarEntry.count({ where: { calendarId: input.id, date: { gt: fromIsoDate(end) } } }),
    ]);
    if (before > 0 || after > 0) {
      const fieldErrors: Record<string, string[]> = {};
      if (before > 0) fieldErrors.startMonth = ["entriesOutsidePeriod"];
      if (after > 0) fieldErrors.endMonth = ["entriesOutsidePeriod"];
      throw new AppError("VALIDATION", { fieldErrors });
    }
  }
  const position = input.id ? 0 : ((await db().calendar.aggregate({ where: { portfolioId }, _max: { position: true } }))._max.position ?? -1) + 1;
  const { saved, committed } = await versionedSave({
    stored: input.id ? stored : null,
    input,
    claim: async (tx, where, bump) =>
      (await tx.calendar.updateMany({ where: { id: input.id, portfolioId, ...where }, data: { ...calendarData(input), ...bump } })).count,
    create: (tx, first) => tx.calendar.create({ data: { ...calendarData(input), portfolioId, position, ...first }, select: { id: true } }),
    reread: find,
  });
  if (committed) revalidatePublicPage(userId);
  return saved;
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

/**
 * Creates or updates an entry of the owner's calendar by the versioned save
 * (#19); the date must fall in its period, the sample be the owner's (both read
 * before the transaction). A create is unique per calendar by its saveId.
 * Entry writes (save, move, delete, import) expire only the public page: the
 * calendar editor keeps its entries in its own state from their answers, and
 * nothing else on its page or in the dashboard's nav counts entries, so the
 * answer carries no re-rendered layout.
 */
export async function saveEntry(userId: string, input: UpsertEntry): Promise<EntryView> {
  const calendar = await ownCalendarPeriod(db() as unknown as Tx, userId, input.calendarId);
  const answer = async (id: string) => toEntryView(await db().calendarEntry.findUniqueOrThrow({ where: { id }, include: entryInclude }));
  const { stored, settled, find } = await readForSave(input, (where) =>
    db().calendarEntry.findFirst({ where: { ...where, calendarId: calendar.id }, select: storedSelect }),
  );
  if (settled) return answer(settled.id);
  if (input.sampleId) {
    const sample = await db().contentSample.findFirst({ where: { id: input.sampleId, portfolio: { userId } }, select: { id: true } });
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
  const position = input.id ? 0 : await nextPosition(db() as unknown as Tx, calendar.id);
  const { saved, committed } = await versionedSave({
    stored: input.id ? stored : null,
    input,
    claim: async (tx, where, bump) =>
      (await tx.calendarEntry.updateMany({ where: { id: input.id, calendarId: calendar.id, ...where }, data: { ...data, ...bump } })).count,
    create: (tx, first) => tx.calendarEntry.create({ data: { ...data, calendarId: calendar.id, position, ...first }, select: { id: true } }),
    reread: find,
  });
  if (committed) revalidatePublicPage(userId);
  return answer(saved.id);
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
    // A move is a change too: a dialog still open on the old date must not put it back (#19).
    return tx.calendarEntry.update({
      where: { id: current.id },
      data: { date: fromIsoDate(date), position, version: { increment: 1 }, lastSaveId: null },
      include: entryInclude,
    });
  });
  revalidatePublicPage(userId);
  return toEntryView(entry);
}

export async function deleteEntry(userId: string, id: string): Promise<void> {
  const { count } = await db().calendarEntry.deleteMany({ where: { id, calendar: { portfolio: { userId } } } });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
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
  revalidatePublicPage(userId);
  return result;
}
