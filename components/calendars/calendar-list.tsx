"use client";

import { useTranslations } from "next-intl";
import { ItemHiddenSwitch, ItemList, ItemTitle, itemTitleId } from "@/components/editor/item-list";
import { PlatformChip } from "@/components/editor/platform-chip";
import { entryStatusValues } from "@/lib/calendars/schema";
import type { CalendarListItem } from "@/lib/calendars/types";
import { useCalendarDates } from "./use-calendar-dates";

export function CalendarList({ calendars }: { calendars: CalendarListItem[] }) {
  return (
    <ItemList
      items={calendars}
      room="calendars"
      deleteCount={(calendar) => calendar.entryCount}
      renderItem={(calendar) => <CalendarRow calendar={calendar} />}
    />
  );
}

function CalendarRow({ calendar }: { calendar: CalendarListItem }) {
  const t = useTranslations("calendars");
  const dates = useCalendarDates();
  return (
    <article aria-labelledby={itemTitleId("calendars", calendar.id)}>
      <ItemHiddenSwitch room="calendars" item={calendar} />
      <ItemTitle room="calendars" item={calendar} className="mt-2" />
      <p className="mt-0.5 flex flex-wrap gap-x-2 text-sm text-muted">
        <span>{t("period", { start: dates.shortMonth(calendar.startMonth), end: dates.shortMonth(calendar.endMonth) })}</span>
        <span>· {t("entries", { count: calendar.entryCount })}</span>
        {entryStatusValues
          .filter((status) => calendar.statusCounts[status])
          .map((status) => (
            <span key={status}>
              · {calendar.statusCounts[status]} {t(`statuses.${status}`).toLowerCase()}
            </span>
          ))}
      </p>
      {calendar.platforms.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-1.5">
          {calendar.platforms.map((platform) => (
            <PlatformChip key={platform} platform={platform} />
          ))}
        </div>
      )}
    </article>
  );
}
