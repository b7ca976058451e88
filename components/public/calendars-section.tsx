import { useLocale, useTranslations } from "next-intl";
import { monthsBetween, monthWeeks } from "@/lib/public/calendar";
import type { PublicCalendar, PublicCalendarEntry } from "@/lib/public/types";
import { formatDay, formatLongMonth, weekdayNames } from "@/lib/date-formats";
import { PlatformTag } from "./platform-tag";

function EntryLine({ entry }: { entry: PublicCalendarEntry }) {
  const t = useTranslations("publicPage");
  const tl = useTranslations("platforms");
  return (
    <>
      <PlatformTag platform={entry.platform} />{" "}
      <span className="text-fg">{entry.topic}</span>{" "}
      <span className="text-muted">
        ({tl(`formats.${entry.format}`)}
        {entry.pillar && <> · {entry.pillar}</>} · {t(`entryStatus.${entry.status}`)})
      </span>
    </>
  );
}

function Month({ month, entries, calendarId }: { month: string; entries: PublicCalendarEntry[]; calendarId: string }) {
  const t = useTranslations("publicPage.calendars");
  const locale = useLocale();
  const inMonth = entries.filter((entry) => entry.date.slice(0, 7) === month.slice(0, 7));
  const byDay = new Map<string, PublicCalendarEntry[]>();
  for (const entry of inMonth) byDay.set(entry.date, [...(byDay.get(entry.date) ?? []), entry]);
  const shortDays = weekdayNames(locale, "short");
  const longDays = weekdayNames(locale, "long");
  const captionId = `calendar-${calendarId}-${month}`;
  return (
    <div className="grid gap-2 print:block">
      <h4 id={captionId} className="text-sm font-semibold">
        {formatLongMonth(month, locale)} <span className="font-normal text-muted">· {t("entries", { count: inMonth.length })}</span>
      </h4>
      <table aria-labelledby={captionId} className="hidden w-full table-fixed border-collapse text-xs md:table print:table">
        <thead>
          <tr>
            {shortDays.map((day, i) => (
              <th key={day} scope="col" className="border-b border-border py-1.5 text-left font-medium text-muted">
                <abbr title={longDays[i]} className="no-underline">
                  {day}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => (
                <td key={d} className="h-20 border border-border p-1 align-top">
                  {day && (
                    <>
                      <span className="block text-muted tabular">{Number(day.slice(8))}</span>
                      <ul className="grid gap-1">
                        {(byDay.get(day) ?? []).map((entry) => (
                          <li key={entry.id} className="leading-snug [overflow-wrap:anywhere]">
                            <EntryLine entry={entry} />
                            {entry.time && <span className="block text-muted tabular">{entry.time}</span>}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {/* Phones get the same entries as a list (the grid needs width). */}
      {inMonth.length > 0 ? (
        <ul className="grid gap-2 text-sm md:hidden print:hidden">
          {inMonth.map((entry) => (
            <li key={entry.id} className="rounded-lg bg-surface px-3 py-2">
              <span className="block text-xs font-medium text-muted tabular">
                {formatDay(entry.date, locale)}
                {entry.time && <> · {entry.time}</>}
              </span>
              <EntryLine entry={entry} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted md:hidden print:hidden">{t("empty")}</p>
      )}
    </div>
  );
}

/** The first month of a calendar, the others behind "Show all N months". */
function CalendarMonths({ calendar }: { calendar: PublicCalendar }) {
  const t = useTranslations("publicPage.reading");
  const months = monthsBetween(calendar.startMonth, calendar.endMonth);
  // A month grid is a screen tall: even one more waits behind the button.
  const [first, rest] = [months.slice(0, 1), months.slice(1)];
  return (
    <>
      {first.map((month) => (
        <Month key={month} month={month} entries={calendar.entries} calendarId={calendar.id} />
      ))}
      {rest.length > 0 && (
        <details className="group grid gap-4">
          <summary className="inline-flex w-fit cursor-pointer list-none items-center rounded-full border border-border bg-bg px-3 py-1 text-sm font-medium hover:bg-surface print:hidden [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">{t("showAllMonths", { count: months.length })}</span>
            <span className="hidden group-open:inline">{t("showFewer")}</span>
          </summary>
          <div className="mt-4 grid gap-4">
            {rest.map((month) => (
              <Month key={month} month={month} entries={calendar.entries} calendarId={calendar.id} />
            ))}
          </div>
        </details>
      )}
    </>
  );
}

/** Planning calendars, read-only: a month grid on wide screens, a dated list on phones. */
export function CalendarsSection({ calendars }: { calendars: PublicCalendar[] }) {
  return (
    <div className="grid gap-6">
      {calendars.map((calendar) => (
        <article key={calendar.id} id={`calendar-${calendar.id}`} className="grid gap-4 rounded-card border border-border bg-bg p-4 sm:p-6">
          <h3 className="text-lg font-semibold">{calendar.title}</h3>
          <CalendarMonths calendar={calendar} />
        </article>
      ))}
    </div>
  );
}
