"use client";

import { ChevronLeft, ChevronRight, Link2, Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { PlatformChip } from "@/components/editor/platform-chip";
import { IconButton } from "@/components/ui/icon-button";
import type { EntryView } from "@/lib/calendars/types";
import { statusIcons } from "./entry-chip";
import { useCalendarDates } from "./use-calendar-dates";

const columns = ["date", "platform", "topic", "pillar", "status"] as const;

type EntryTableProps = {
  entries: EntryView[];
  period: { start: string; end: string };
  onOpen: (entry: EntryView) => void;
  onMove: (entry: EntryView, days: number) => void;
};

/** Every entry as a table sorted by date (and time): the phone-friendly and keyboard-friendly view. */
export function EntryTable({ entries, period, onOpen, onMove }: EntryTableProps) {
  const t = useTranslations("calendars");
  const tEditor = useTranslations();
  const dates = useCalendarDates();
  if (entries.length === 0) return <p className="rounded-card border border-dashed border-border p-6 text-center text-sm text-muted">{t("list.empty")}</p>;
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? "").localeCompare(b.time ?? "") || a.position - b.position);
  return (
    <div className="relative overflow-x-auto rounded-card border border-border">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <thead className="bg-surface text-left text-xs text-muted">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium">
                {t(`list.${column}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">{t("list.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((entry) => {
            const StatusIcon = statusIcons[entry.status];
            return (
              <tr key={entry.id} className="border-t border-border align-top">
                <td className="px-3 py-2 whitespace-nowrap tabular">
                  {dates.day(entry.date)}
                  {entry.time && <span className="block text-xs text-muted">{entry.time}</span>}
                </td>
                <td className="px-3 py-2">
                  <PlatformChip platform={entry.platform} />
                  <span className="mt-1 block text-xs text-muted">{tEditor(`platforms.formats.${entry.format}`)}</span>
                </td>
                <td className="max-w-72 px-3 py-2">
                  <span className="line-clamp-3 whitespace-pre-line">{entry.topic}</span>
                  {entry.sample && (
                    <span className="mt-1 inline-flex items-center gap-1 text-xs text-muted">
                      <Link2 aria-hidden className="size-3" />
                      {t("entry.sampleLinked", { title: entry.sample.title })}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 text-muted">{entry.pillar}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <span className="inline-flex items-center gap-1">
                    <StatusIcon aria-hidden className="size-3.5 text-muted" />
                    {t(`statuses.${entry.status}`)}
                  </span>
                </td>
                <td className="px-2 py-1.5">
                  <div className="flex justify-end gap-0.5">
                    <IconButton
                      icon={ChevronLeft}
                      label={`${t("entry.previousDay")}: ${entry.topic}`}
                      title={t("entry.previousDay")}
                      disabled={entry.date <= period.start}
                      onClick={() => onMove(entry, -1)}
                    />
                    <IconButton
                      icon={ChevronRight}
                      label={`${t("entry.nextDay")}: ${entry.topic}`}
                      title={t("entry.nextDay")}
                      disabled={entry.date >= period.end}
                      onClick={() => onMove(entry, 1)}
                    />
                    <IconButton
                      icon={Pencil}
                      label={t("list.edit", { topic: entry.topic })}
                      title={tEditor("editor.common.edit")}
                      onClick={() => onOpen(entry)}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
