"use client";

import Link from "next/link";
import { Lock } from "lucide-react";
import { deleteItemAction, duplicateItemAction, reorderItemsAction, type ListRoom } from "@/lib/list-actions";
import { cn } from "@/lib/utils";
import { ItemActions } from "./item-actions";
import { SortableList } from "./sortable-list";

type Titled = { id: string; title: string };

type ItemListProps<T extends Titled> = {
  items: T[];
  label: string;
  /** The room's dashboard path; an item is edited at `${basePath}/${id}`. */
  basePath: string;
  /** Whose list actions (reorder, duplicate, delete) the list runs. */
  room: ListRoom;
  /** What the delete confirmation says about this item. */
  deleteCopy: (item: T) => { title: string; body: string };
  renderItem: (item: T) => React.ReactNode;
  /** Before edit, duplicate and delete (say, a show/hide switch). */
  renderExtraActions?: (item: T) => React.ReactNode;
  reorderDisabled?: boolean;
};

/** A room's reorderable list of items, each with edit, duplicate and delete: the shape every editor list shares. */
export function ItemList<T extends Titled>({ items, label, basePath, room, deleteCopy, renderItem, renderExtraActions, reorderDisabled }: ItemListProps<T>) {
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
            editHref={`${basePath}/${item.id}`}
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

/** An item's heading in its list row, linking to its editor; `id` labels the row's article. */
export function ItemTitle({ id, href, title, className }: { id: string; href: string; title: string; className?: string }) {
  return (
    <h3 id={id} className={cn("font-semibold", className)}>
      <Link href={href} className="hover:underline">
        {title}
      </Link>
    </h3>
  );
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
