"use client";

import { useState } from "react";
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { GripVertical, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { isWithin, monthGrid, monthOf } from "@/lib/calendars/period";
import type { EntryView } from "@/lib/calendars/types";
import { cn } from "@/lib/utils";
import { EntryChip } from "./entry-chip";
import { useCalendarDates } from "./use-calendar-dates";

type MonthGridProps = {
  month: string;
  period: { start: string; end: string };
  entries: EntryView[];
  today: string;
  onAdd: (date: string) => void;
  onOpen: (entry: EntryView) => void;
  onMove: (entry: EntryView, date: string) => void;
};

/**
 * One month, weeks Monday first. Click a day to add an entry, an entry to edit
 * it; drag an entry's handle onto another day to move it (the keyboard way is
 * the entry's dialog: date field and previous/next-day buttons).
 */
export function MonthGrid({ month, period, entries, today, onAdd, onOpen, onMove }: MonthGridProps) {
  const t = useTranslations("calendars.month");
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const weekdays = t("weekdays").split(",");
  const byDate = new Map<string, EntryView[]>();
  for (const entry of entries) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
  const active = entries.find((entry) => entry.id === activeId) ?? null;

  const onDragStart = ({ active: dragged }: DragStartEvent) => setActiveId(String(dragged.id));
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActiveId(null);
    const entry = entries.find((item) => item.id === dragged.id);
    const date = over ? String(over.id) : null;
    if (entry && date && date !== entry.date && isWithin(date, period)) onMove(entry, date);
  };

  return (
    // The day under the pointer is the drop target, whatever the chip's size.
    <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setActiveId(null)}>
      {/* relative: the days' sr-only labels (position: absolute) are clipped by this box; without it they
          escaped to the page and made it 637 px wide at 375 (issue #15). */}
      <div className="relative overflow-x-auto rounded-card border border-border">
        <table className="w-full min-w-[44rem] table-fixed border-collapse">
          <thead>
            <tr>
              {weekdays.map((weekday) => (
                <th key={weekday} scope="col" className="border-b border-border bg-surface px-2 py-1.5 text-left text-xs font-medium text-muted">
                  {weekday}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(month).map((week) => (
              <tr key={week[0]}>
                {week.map((date) => (
                  <DayCell
                    key={date}
                    date={date}
                    inMonth={monthOf(date) === month}
                    inPeriod={isWithin(date, period)}
                    isToday={date === today}
                    entries={byDate.get(date) ?? []}
                    activeId={activeId}
                    onAdd={onAdd}
                    onOpen={onOpen}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DragOverlay dropAnimation={null}>{active ? <EntryChip entry={active} overlay /> : null}</DragOverlay>
    </DndContext>
  );
}

type DayCellProps = {
  date: string;
  inMonth: boolean;
  inPeriod: boolean;
  isToday: boolean;
  entries: EntryView[];
  activeId: string | null;
  onAdd: (date: string) => void;
  onOpen: (entry: EntryView) => void;
};

function DayCell({ date, inMonth, inPeriod, isToday, entries, activeId, onAdd, onOpen }: DayCellProps) {
  const t = useTranslations("calendars.month");
  const dates = useCalendarDates();
  const { setNodeRef, isOver } = useDroppable({ id: date, disabled: !inPeriod });
  const day = Number(date.slice(8));
  return (
    <td
      ref={setNodeRef}
      data-date={date}
      className={cn(
        "group h-28 border-b border-l border-border p-1 align-top first:border-l-0",
        !inMonth && "bg-surface/60",
        !inPeriod && "bg-surface text-muted/60",
        isOver && "bg-accent-soft ring-2 ring-accent ring-inset",
      )}
      onClick={(event) => {
        // Clicking the empty part of a day adds an entry there, like the + button.
        if (inPeriod && event.target === event.currentTarget) onAdd(date);
      }}
    >
      <div className="flex items-center justify-between gap-1">
        <span
          className={cn(
            "grid size-6 place-items-center rounded-full text-xs tabular",
            isToday && "bg-accent font-semibold text-accent-fg",
            !inMonth && "text-muted",
          )}
        >
          <span className="sr-only">{dates.long(date)}</span>
          <span aria-hidden>{day}</span>
        </span>
        {inPeriod ? (
          <button
            type="button"
            onClick={() => onAdd(date)}
            aria-label={t("addOn", { date: dates.long(date) })}
            title={t("addOn", { date: dates.long(date) })}
            className="grid size-6 place-items-center rounded-md text-muted opacity-60 transition-opacity group-hover:opacity-100 hover:bg-surface hover:text-fg focus-visible:opacity-100"
          >
            <Plus aria-hidden className="size-3.5" />
          </button>
        ) : (
          <span className="sr-only">{t("outside")}</span>
        )}
      </div>
      <ul className="mt-1 grid gap-1">
        {entries.map((entry) => (
          <DraggableEntry key={entry.id} entry={entry} dragging={entry.id === activeId} onOpen={() => onOpen(entry)} />
        ))}
      </ul>
    </td>
  );
}

function DraggableEntry({ entry, dragging, onOpen }: { entry: EntryView; dragging: boolean; onOpen: () => void }) {
  const t = useTranslations("calendars.month");
  const { setNodeRef, setActivatorNodeRef, listeners, attributes } = useDraggable({ id: entry.id });
  const handle = (
    <span
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      // Keyboard users move entries from the dialog (date field, previous/next day), so the handle stays out of the tab order.
      tabIndex={-1}
      aria-label={t("dragHandle", { topic: entry.topic })}
      className="grid w-4 shrink-0 cursor-grab touch-none place-items-center opacity-70 hover:opacity-100 active:cursor-grabbing"
    >
      <GripVertical aria-hidden className="size-3" />
    </span>
  );
  return (
    <li ref={setNodeRef} data-entry-id={entry.id}>
      <EntryChip entry={entry} onOpen={onOpen} dragging={dragging} handle={handle} />
    </li>
  );
}
