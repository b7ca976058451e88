"use client";

import { useState } from "react";
import { EyeOff, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { SortableList } from "@/components/editor/sortable-list";
import { Button } from "@/components/ui/button";
import { reorderCredentialsAction } from "@/lib/credentials/actions";
import { DialogForm, FormDialog } from "./form-dialog";
import { RowActions } from "./row-actions";
import { SectionCard } from "./section-card";

export { DialogForm };

type Kind = "certification" | "experience" | "education";
/** The `credentials.<namespace>` messages of each list: title, lead, add, empty, addTitle, editTitle. */
const namespaces = { certification: "certifications", experience: "experience", education: "education" } as const;

type CredentialListProps<T extends { id: string; hidden: boolean }> = {
  kind: Kind;
  /** The section's anchor (the coach links to it). */
  id: string;
  icon: React.ReactNode;
  items: T[];
  /** The heading, when it is more than `<namespace>.title`. */
  title?: string;
  /** What an empty list says, when it is more than `<namespace>.empty`. */
  empty?: React.ReactNode;
  /** The item's name in the reorder announcements and the row actions. */
  getTitle: (item: T) => string;
  renderItem: (item: T) => React.ReactNode;
  /** The add (item null) or edit form; `onDone` closes the dialog. */
  renderForm: (item: T | null, onDone: () => void) => React.ReactNode;
};

/**
 * One credentials sub-section: its card with an "Add" button, the sortable
 * rows with show/hide, edit and delete, and the add/edit dialog.
 */
export function CredentialList<T extends { id: string; hidden: boolean }>({
  kind,
  id,
  icon,
  items,
  title,
  empty,
  getTitle,
  renderItem,
  renderForm,
}: CredentialListProps<T>) {
  const t = useTranslations("credentials");
  const ns = namespaces[kind];
  const [editing, setEditing] = useState<{ item: T | null } | null>(null);
  const close = () => setEditing(null);
  return (
    <SectionCard
      id={id}
      icon={icon}
      title={title ?? t(`${ns}.title`)}
      lead={t(`${ns}.lead`)}
      action={
        <Button type="button" variant="secondary" size="sm" onClick={() => setEditing({ item: null })}>
          <Plus aria-hidden className="size-4" />
          {t(`${ns}.add`)}
        </Button>
      }
    >
      {items.length === 0 ? (
        <div className="rounded-lg bg-surface p-4 text-sm text-muted">{empty ?? <p>{t(`${ns}.empty`)}</p>}</div>
      ) : (
        <SortableList
          items={items}
          label={t(`${ns}.title`)}
          getTitle={getTitle}
          onReorder={(ids) => reorderCredentialsAction({ kind, ids })}
          renderItem={renderItem}
          renderActions={(item) => <RowActions kind={kind} id={item.id} title={getTitle(item)} hidden={item.hidden} onEdit={() => setEditing({ item })} />}
        />
      )}
      <FormDialog open={editing !== null} onOpenChange={(open) => !open && close()} title={editing?.item ? t(`${ns}.editTitle`) : t(`${ns}.addTitle`)}>
        {editing && renderForm(editing.item, close)}
      </FormDialog>
    </SectionCard>
  );
}

/** "Hidden" beside a row's details, for items left off the public page. */
export function HiddenBadge() {
  const t = useTranslations("credentials");
  return (
    <span className="inline-flex items-center gap-1 text-xs">
      <EyeOff aria-hidden className="size-3.5" />
      {t("hiddenBadge")}
    </span>
  );
}
