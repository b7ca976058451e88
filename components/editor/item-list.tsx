"use client";

import Link from "next/link";
import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { deleteItemAction, duplicateItemAction, reorderItemsAction, setItemHiddenAction, type ListRoom } from "@/lib/list-actions";
import { cn } from "@/lib/utils";
import { ItemActions } from "./item-actions";
import { rooms } from "./rooms";
import { ShowHideSwitch, useBadgeLabels, type ShowHideLabels } from "./show-hide-switch";
import { SortableList } from "./sortable-list";

type Titled = { id: string; title: string };

/** The id of an item's heading in its list row: the row's article is labelled by it. */
export function itemTitleId(room: ListRoom, id: string): string {
  return `${rooms[room].rowId}-${id}`;
}

type ItemListProps<T extends Titled> = {
  items: T[];
  /**
   * Whose list actions (reorder, duplicate, delete) the list runs, where its items are edited, and whose messages it
   * reads: the list's label is `<room>.title`, the delete confirmation `<room>.deleteTitle` and `<room>.deleteBody`.
   */
  room: ListRoom;
  /** What the delete confirmation counts as deleted with the item (its metrics, key results, entries), where it says. */
  deleteCount?: (item: T) => number;
  renderItem: (item: T) => React.ReactNode;
  /** Before edit, duplicate and delete (say, a show/hide switch). */
  renderExtraActions?: (item: T) => React.ReactNode;
  reorderDisabled?: boolean;
};

/** A room's reorderable list of items, each with edit, duplicate and delete: the shape every editor list shares. */
export function ItemList<T extends Titled>({ items, room, deleteCount, renderItem, renderExtraActions, reorderDisabled }: ItemListProps<T>) {
  const t = useTranslations();
  return (
    <SortableList
      items={items}
      label={t(`${room}.title`)}
      reorderDisabled={reorderDisabled}
      getTitle={(item) => item.title}
      onReorder={(ids) => reorderItemsAction({ room, ids })}
      renderItem={renderItem}
      renderActions={(item) => {
        const standard = (
          <ItemActions
            title={item.title}
            editHref={`${rooms[room].path}/${item.id}`}
            onDuplicate={() => duplicateItemAction({ room, id: item.id })}
            onDelete={() => deleteItemAction({ room, id: item.id })}
            deleteTitle={t(`${room}.deleteTitle`, { title: item.title })}
            deleteBody={t(`${room}.deleteBody`, { count: deleteCount?.(item) ?? 0 })}
          />
        );
        if (!renderExtraActions) return standard;
        return (
          <div className="flex gap-0.5">
            {renderExtraActions(item)}
            {standard}
          </div>
        );
      }}
    />
  );
}

/** An item's heading in its list row, linking to its editor; its id (`itemTitleId`) labels the row's article. */
export function ItemTitle({ room, item, className }: { room: ListRoom; item: Titled; className?: string }) {
  return (
    <h3 id={itemTitleId(room, item.id)} className={cn("font-semibold", className)}>
      <Link href={`${rooms[room].path}/${item.id}`} className="hover:underline">
        {item.title}
      </Link>
    </h3>
  );
}

/** An item's show/hide switch in its list row, saved through the room's list action; the badge look unless `labels` say otherwise. */
export function ItemHiddenSwitch({ room, item, labels }: { room: ListRoom; item: Titled & { hidden: boolean }; labels?: ShowHideLabels }) {
  const badgeLabels = useBadgeLabels(item.title);
  return <ShowHideSwitch hidden={item.hidden} onChange={(hidden) => setItemHiddenAction({ room, id: item.id, hidden })} labels={labels ?? badgeLabels} />;
}

/** The client's name (or its anonymised label) with a lock when the work is confidential. */
export function ClientName({ name, confidential, lockLabel }: { name: string; confidential: boolean; lockLabel?: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      {confidential && (lockLabel ? <Lock aria-label={lockLabel} className="size-3.5" /> : <Lock aria-hidden className="size-3.5" />)}
      {name}
    </span>
  );
}
