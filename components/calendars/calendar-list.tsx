"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ItemActions } from "@/components/editor/item-actions";
import { PlatformChip } from "@/components/editor/platform-chip";
import { ShowHideSwitch, useBadgeLabels } from "@/components/editor/show-hide-switch";
import { SortableList } from "@/components/editor/sortable-list";
import { deleteCalendarAction, duplicateCalendarAction, reorderCalendarsAction, setCalendarHiddenAction } from "@/lib/calendars/actions";
import { entryStatusValues } from "@/lib/calendars/schema";
import type { CalendarListItem } from "@/lib/calendars/types";
import { useCalendarDates } from "./use-calendar-dates";

export function CalendarList({ calendars }: { calendars: CalendarListItem[] }) {
  const t = useTranslations("calendars");
  return (
    <SortableList
      items={calendars}
      label={t("title")}
      getTitle={(calendar) => calendar.title}
      onReorder={(ids) => reorderCalendarsAction({ ids })}
      renderItem={(calendar) => <CalendarRow calendar={calendar} />}
      renderActions={(calendar) => (
        <ItemActions
          title={calendar.title}
          editHref={`/dashboard/calendars/${calendar.id}`}
          onDuplicate={() => duplicateCalendarAction({ id: calendar.id })}
          onDelete={() => deleteCalendarAction({ id: calendar.id })}
          deleteTitle={t("deleteTitle", { title: calendar.title })}
          deleteBody={t("deleteBody", { count: calendar.entryCount })}
        />
      )}
    />
  );
}

function CalendarRow({ calendar }: { calendar: CalendarListItem }) {
  const t = useTranslations("calendars");
  const dates = useCalendarDates();
  const switchLabels = useBadgeLabels(calendar.title);
  return (
    <article aria-labelledby={`calendar-${calendar.id}`}>
      <ShowHideSwitch hidden={calendar.hidden} onChange={(hidden) => setCalendarHiddenAction({ id: calendar.id, hidden })} labels={switchLabels} />
      <h3 id={`calendar-${calendar.id}`} className="mt-2 font-semibold">
        <Link href={`/dashboard/calendars/${calendar.id}`} className="hover:underline">
          {calendar.title}
        </Link>
      </h3>
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
