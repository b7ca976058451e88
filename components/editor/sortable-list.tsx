"use client";

import { createContext, useContext, useState, useTransition } from "react";
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, GripVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { IconButton } from "@/components/ui/icon-button";
import { cn } from "@/lib/utils";

type Identified = { id: string };

/**
 * A row's way to record a change its own control saved (say, `{ hidden: true }` from its show/hide switch): the row
 * re-renders with it, without a refresh of the page (#19). Null outside a SortableList.
 */
const RowPatchContext = createContext<((changes: Record<string, unknown>) => void) | null>(null);

/** The current row's patch function (see RowPatchContext), or null outside a list. */
export function useRowPatch() {
  return useContext(RowPatchContext);
}
type ReorderResult = { ok: true } | { ok: false };

type SortableListProps<T extends Identified> = {
  items: T[];
  /** Names an item in the move buttons and screen-reader announcements. */
  getTitle: (item: T) => string;
  /** Saves the full new order; on failure the list returns to the old order. */
  onReorder: (ids: string[]) => Promise<ReorderResult>;
  renderItem: (item: T) => React.ReactNode;
  renderActions?: (item: T) => React.ReactNode;
  /** Shows the list without reordering (e.g. while filtered). */
  reorderDisabled?: boolean;
  label: string;
};

/**
 * A reorderable list: drag the handle (pointer, or space + arrow keys), or use
 * the "Move up"/"Move down" buttons. Each change is saved at once, optimistically.
 */
export function SortableList<T extends Identified>({ items, getTitle, onReorder, renderItem, renderActions, reorderDisabled, label }: SortableListProps<T>) {
  const t = useTranslations("editor.common");
  const [order, setOrder] = useState(items);
  const [source, setSource] = useState(items);
  const [, startTransition] = useTransition();
  // New items from the server (after a refresh: a duplicate or a delete) replace the local order and row patches.
  if (source !== items) {
    setSource(items);
    setOrder(items);
  }

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const titleOf = (id: string | number) => {
    const item = order.find((entry) => entry.id === id);
    return item ? getTitle(item) : "";
  };
  const positionOf = (id: string | number) => order.findIndex((entry) => entry.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dragAnnounce.start", { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("dragAnnounce.over", { title: titleOf(active.id), position: positionOf(over.id), count: order.length }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("dragAnnounce.end", { title: titleOf(active.id), position: positionOf(over.id), count: order.length }) : undefined,
    onDragCancel: ({ active }) => t("dragAnnounce.cancel", { title: titleOf(active.id) }),
  };

  const patch = (id: string, changes: Record<string, unknown>) =>
    setOrder((current) => current.map((item) => (item.id === id ? { ...item, ...changes } : item)));

  const commit = (next: T[]) => {
    const previous = order;
    setOrder(next);
    startTransition(async () => {
      const result = await onReorder(next.map((item) => item.id));
      if (result.ok) {
        toast.success(t("reordered"));
      } else {
        setOrder(previous);
        toast.error(t("reorderFailed"));
      }
    });
  };

  const move = (index: number, delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    commit(arrayMove(order, index, target));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = order.findIndex((item) => item.id === active.id);
    const to = order.findIndex((item) => item.id === over.id);
    if (from >= 0 && to >= 0) commit(arrayMove(order, from, to));
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
      <SortableContext items={order.map((item) => item.id)} strategy={verticalListSortingStrategy} disabled={reorderDisabled}>
        <ol aria-label={label} className="grid gap-3">
          {order.map((item, index) => (
            <RowPatchContext key={item.id} value={(changes) => patch(item.id, changes)}>
              <SortableRow
                id={item.id}
                title={getTitle(item)}
                reorderDisabled={reorderDisabled}
                canMoveUp={index > 0}
                canMoveDown={index < order.length - 1}
                onMoveUp={() => move(index, -1)}
                onMoveDown={() => move(index, 1)}
                actions={renderActions?.(item)}
              >
                {renderItem(item)}
              </SortableRow>
            </RowPatchContext>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

type SortableRowProps = {
  id: string;
  title: string;
  reorderDisabled?: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMoveUp: () => void;
  onMoveDown: () => void;
  actions?: React.ReactNode;
  children: React.ReactNode;
};

function SortableRow({ id, title, reorderDisabled, canMoveUp, canMoveDown, onMoveUp, onMoveDown, actions, children }: SortableRowProps) {
  const t = useTranslations("editor.common");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled: reorderDisabled,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn(
        "relative flex items-start gap-2 rounded-card border border-border bg-bg p-3 sm:gap-3 sm:p-4",
        isDragging && "z-10 shadow-lg ring-2 ring-accent",
      )}
    >
      {!reorderDisabled && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="mt-0.5 hidden cursor-grab touch-none rounded-md p-1 text-muted hover:bg-surface hover:text-fg active:cursor-grabbing sm:block"
          aria-label={t("dragHandle", { title })}
          {...attributes}
          {...listeners}
        >
          <GripVertical aria-hidden className="size-4" />
        </button>
      )}
      <div className="min-w-0 flex-1">{children}</div>
      <div className="flex shrink-0 flex-col items-end gap-1 sm:flex-row sm:items-start">
        {!reorderDisabled && (
          <div className="flex gap-0.5">
            <IconButton icon={ArrowUp} disabled={!canMoveUp} onClick={onMoveUp} label={t("moveUp", { title })} title={t("moveUp", { title })} />
            <IconButton icon={ArrowDown} disabled={!canMoveDown} onClick={onMoveDown} label={t("moveDown", { title })} title={t("moveDown", { title })} />
          </div>
        )}
        {actions}
      </div>
    </li>
  );
}
