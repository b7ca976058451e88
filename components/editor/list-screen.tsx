import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "./empty-state";
import { PageHeader } from "./page-header";

type ListScreenProps = {
  icon: React.ReactNode;
  title: string;
  lead: string;
  addHref: string;
  addLabel: string;
  /** What an empty list says instead (and the way to add the first one); null when there are items. */
  empty: { title: string; body: string; example: string } | null;
  /** Above the list: how to reorder it (or why it cannot be reordered now). */
  hint: string;
  /** Beside "add" in the header (also on an empty list): another way in, say an import. */
  extraAction?: React.ReactNode;
  /** Above the hint: a filter, say. */
  toolbar?: React.ReactNode;
  /** The list itself. */
  children: React.ReactNode;
};

type ListCopyKey = "title" | "lead" | "add" | "emptyTitle" | "emptyBody" | "emptyExample";

/**
 * The texts every room's list page shows, read from the room's messages (`<room>.title`, `.lead`, `.add`,
 * `.emptyTitle`, `.emptyBody`, `.emptyExample`); `empty` is null when the room has items.
 */
function listCopy<R extends string>(t: (key: `${R}.${ListCopyKey}`) => string, room: R, isEmpty: boolean) {
  const text = (key: ListCopyKey) => t(`${room}.${key}`);
  return {
    title: text("title"),
    lead: text("lead"),
    addLabel: text("add"),
    empty: isEmpty ? { title: text("emptyTitle"), body: text("emptyBody"), example: text("emptyExample") } : null,
  };
}

/** An editor room's list page: header with "add", the guided empty state, or the hint and the list. */
export function ListScreen({ icon, title, lead, addHref, addLabel, empty, hint, extraAction, toolbar, children }: ListScreenProps) {
  const add = (
    <ButtonLink href={addHref}>
      <Plus aria-hidden className="size-4" />
      {addLabel}
    </ButtonLink>
  );
  return (
    <div>
      <PageHeader
        title={title}
        lead={lead}
        action={
          extraAction ? (
            <div className="flex flex-wrap gap-2">
              {extraAction}
              {empty ? null : add}
            </div>
          ) : empty ? undefined : (
            add
          )
        }
      />
      {empty ? (
        <EmptyState icon={icon} title={empty.title} body={empty.body} example={empty.example} action={add} />
      ) : (
        <>
          {toolbar}
          <p className="mb-3 text-xs text-muted">{hint}</p>
          {children}
        </>
      )}
    </div>
  );
}

type ListRoom = "calendars" | "campaigns" | "caseStudies" | "documents" | "samples";

type RoomListScreenProps = Pick<ListScreenProps, "icon" | "addHref" | "extraAction" | "toolbar" | "children"> & {
  room: ListRoom;
  isEmpty: boolean;
  /** Instead of the usual reorder hint (a filtered list cannot be reordered, say). */
  hint?: string;
};

/** A room's list page: ListScreen with the room's own texts (listCopy) and the reorder hint every room shows. */
export async function RoomListScreen({ room, isEmpty, hint, ...screen }: RoomListScreenProps) {
  const t = await getTranslations();
  return <ListScreen {...screen} {...listCopy(t, room, isEmpty)} hint={hint ?? t("editor.common.reorderHint")} />;
}
