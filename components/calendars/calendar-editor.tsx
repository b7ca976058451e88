"use client";

import { useState } from "react";
import { CalendarDays, ChevronLeft, ChevronRight, List, Settings2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ShowHideSwitch, useBadgeLabels } from "@/components/editor/show-hide-switch";
import { IconButton } from "@/components/ui/icon-button";
import { Select } from "@/components/ui/input";
import { moveEntryAction } from "@/lib/calendars/actions";
import { setItemHiddenAction } from "@/lib/list-actions";
import { addDays, isWithin, monthOf, monthsOf, periodBounds } from "@/lib/calendars/period";
import type { CalendarView, EntryView, SampleOption } from "@/lib/calendars/types";
import { cn } from "@/lib/utils";
import { CalendarSettingsForm } from "./calendar-settings-form";
import { CsvImportDialog } from "./csv-import-dialog";
import { EntryDialog, type EntryDialogTarget } from "./entry-dialog";
import { EntryTable } from "./entry-table";
import { MonthGrid } from "./month-grid";
import { useCalendarDates } from "./use-calendar-dates";
import { callAction } from "@/components/ui/call-action";

type CalendarEditorProps = { calendar: CalendarView; samples: SampleOption[]; today: string };

/** The calendar editor: month grid (drag and drop) or list, the entry dialog, CSV import and the calendar's settings. */
export function CalendarEditor({ calendar, samples, today }: CalendarEditorProps) {
  const t = useTranslations("calendars");
  const dates = useCalendarDates();
  const switchLabels = useBadgeLabels(calendar.title);
  const period = periodBounds(calendar.startMonth, calendar.endMonth);
  const months = monthsOf(calendar.startMonth, calendar.endMonth);
  const [entries, setEntries] = useState(calendar.entries);
  const [source, setSource] = useState(calendar.entries);
  const [view, setView] = useState<"month" | "list">("month");
  const [month, setMonth] = useState(() => (isWithin(today, period) ? monthOf(today) : calendar.startMonth));
  const [target, setTarget] = useState<EntryDialogTarget | null>(null);
  // Fresh entries from the server (after a refresh) replace the local copy.
  if (source !== calendar.entries) {
    setSource(calendar.entries);
    setEntries(calendar.entries);
  }
  const shownMonth = months.includes(month) ? month : calendar.startMonth;
  const monthIndex = months.indexOf(shownMonth);
  const pillars = [...new Set(entries.map((entry) => entry.pillar).filter(Boolean))].sort();

  const upsert = (saved: EntryView) =>
    setEntries((current) =>
      current.some((entry) => entry.id === saved.id) ? current.map((entry) => (entry.id === saved.id ? saved : entry)) : [...current, saved],
    );

  const move = async (entry: EntryView, date: string) => {
    if (!isWithin(date, period) || date === entry.date) return;
    const previous = entries;
    setEntries((current) => current.map((item) => (item.id === entry.id ? { ...item, date } : item)));
    const result = await callAction(moveEntryAction, { id: entry.id, date });
    if (result.ok) {
      upsert(result.data);
      toast.success(t("entry.moved", { date: dates.long(date) }));
    } else {
      setEntries(previous);
      toast.error(t("entry.moveFailed"));
    }
  };

  const viewButton = (value: "month" | "list", icon: React.ReactNode, label: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      onClick={() => setView(value)}
      className={cn(
        "inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium",
        view === value ? "bg-bg shadow-sm ring-1 ring-border" : "text-muted hover:text-fg",
      )}
    >
      {icon}
      {label}
    </button>
  );

  return (
    // minmax(0, 1fr): the one column never grows to the month grid's 44rem (a phone page would scroll
    // sideways, 637 px wide at 375); the grid scrolls inside its own box instead.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-5">
      <div className="flex flex-wrap items-center gap-2">
        <ShowHideSwitch
          hidden={calendar.hidden}
          onChange={(hidden) => setItemHiddenAction({ room: "calendars", id: calendar.id, hidden })}
          labels={switchLabels}
        />
        <span className="text-sm text-muted">{t("entries", { count: entries.length })}</span>
        <div className="ml-auto flex flex-wrap gap-2">
          <CsvImportDialog calendarId={calendar.id} period={period} onImported={setEntries} />
        </div>
      </div>

      <details className="group rounded-card border border-border">
        <summary className="flex cursor-pointer list-none items-center gap-2 px-4 py-3 text-sm font-medium">
          <Settings2 aria-hidden className="size-4 text-muted" />
          {t("settings")}
          <span className="font-normal text-muted">
            · {t("period", { start: dates.shortMonth(calendar.startMonth), end: dates.shortMonth(calendar.endMonth) })}
          </span>
        </summary>
        <div className="border-t border-border p-4">
          <CalendarSettingsForm
            defaults={{ id: calendar.id, baseVersion: calendar.version, title: calendar.title, startMonth: calendar.startMonth, endMonth: calendar.endMonth }}
          />
        </div>
      </details>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label={t("views.label")} className="flex gap-1 rounded-lg bg-surface p-1">
          {viewButton("month", <CalendarDays aria-hidden className="size-4" />, t("views.month"))}
          {viewButton("list", <List aria-hidden className="size-4" />, t("views.list"))}
        </div>
        {view === "month" && (
          <div className="flex items-center gap-1">
            <IconButton icon={ChevronLeft} label={t("month.previous")} disabled={monthIndex <= 0} onClick={() => setMonth(months[monthIndex - 1]!)} />
            <Select aria-label={t("month.pick")} value={shownMonth} onChange={(event) => setMonth(event.target.value)} className="w-44">
              {months.map((value) => (
                <option key={value} value={value}>
                  {dates.month(value)}
                </option>
              ))}
            </Select>
            <IconButton
              icon={ChevronRight}
              label={t("month.next")}
              disabled={monthIndex >= months.length - 1}
              onClick={() => setMonth(months[monthIndex + 1]!)}
            />
          </div>
        )}
      </div>

      {view === "month" ? (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-2">
          <h2 className="text-lg font-semibold" aria-live="polite">
            {dates.month(shownMonth)}
          </h2>
          <MonthGrid
            month={shownMonth}
            period={period}
            entries={entries}
            today={today}
            onAdd={(date) => setTarget({ date })}
            onOpen={(entry) => setTarget({ entry })}
            onMove={(entry, date) => void move(entry, date)}
          />
          <p className="text-xs text-muted">{t("month.dragHint")}</p>
        </div>
      ) : (
        <EntryTable
          entries={entries}
          period={period}
          onOpen={(entry) => setTarget({ entry })}
          onMove={(entry, days) => void move(entry, addDays(entry.date, days))}
        />
      )}

      <EntryDialog
        calendarId={calendar.id}
        period={period}
        target={target}
        samples={samples}
        pillars={pillars}
        onClose={() => setTarget(null)}
        onSaved={upsert}
        onDeleted={(id) => setEntries((current) => current.filter((entry) => entry.id !== id))}
        onMove={(entry, days) => void move(entry, addDays(entry.date, days))}
      />
    </div>
  );
}
