"use client";

import Link from "next/link";
import { Lock } from "lucide-react";
import { deleteItemAction, duplicateItemAction, reorderItemsAction, setItemHiddenAction, type ListRoom } from "@/lib/list-actions";
import { cn } from "@/lib/utils";
import { ItemActions } from "./item-actions";
import { ShowHideSwitch, useBadgeLabels, type ShowHideLabels } from "./show-hide-switch";
import { SortableList } from "./sortable-list";

type Titled = { id: string; title: string };

/** Each list room's dashboard path (an item is edited at `${path}/${id}`) and the prefix of its rows' heading ids. */
const rooms: Record<ListRoom, { path: string; rowId: string }> = {
  calendars: { path: "/dashboard/calendars", rowId: "calendar" },
  campaigns: { path: "/dashboard/campaigns", rowId: "campaign" },
  caseStudies: { path: "/dashboard/case-studies", rowId: "case-study" },
  documents: { path: "/dashboard/documents", rowId: "document" },
  samples: { path: "/dashboard/samples", rowId: "sample" },
};

/** The id of an item's heading in its list row: the row's article is labelled by it. */
export function itemTitleId(room: ListRoom, id: string): string {
  return `${rooms[room].rowId}-${id}`;
}

type ItemListProps<T extends Titled> = {
  items: T[];
  label: string;
  /** Whose list actions (reorder, duplicate, delete) the list runs, and where its items are edited. */
  room: ListRoom;
  /** What the delete confirmation says about this item. */
  deleteCopy: (item: T) => { title: string; body: string };
  renderItem: (item: T) => React.ReactNode;
  /** Before edit, duplicate and delete (say, a show/hide switch). */
  renderExtraActions?: (item: T) => React.ReactNode;
  reorderDisabled?: boolean;
};

/** A room's reorderable list of items, each with edit, duplicate and delete: the shape every editor list shares. */
export function ItemList<T extends Titled>({ items, label, room, deleteCopy, renderItem, renderExtraActions, reorderDisabled }: ItemListProps<T>) {
  return (
    <SortableList
      items={items}
      label={label}
      reorderDisabled={reorderDisabled}
      getTitle={(item) => item.title}
      onReorder={(ids) => reorderItemsAction({ room, ids })}
      renderItem={renderItem}
      renderActions={(item) => {
        const copy = deleteCopy(item);
        const standard = (
          <ItemActions
            title={item.title}
            editHref={`${rooms[room].path}/${item.id}`}
            onDuplicate={() => duplicateItemAction({ room, id: item.id })}
            onDelete={() => deleteItemAction({ room, id: item.id })}
            deleteTitle={copy.title}
            deleteBody={copy.body}
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
