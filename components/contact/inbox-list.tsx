"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Mail, MailOpen, Reply, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/editor/confirm-dialog";
import { useFailureToast } from "@/components/editor/use-action-form";
import { Button, buttonSizes, buttonVariants } from "@/components/ui/button";
import { deleteMessageAction, setMessageReadAction } from "@/lib/contact/actions";
import type { InboxMessage } from "@/lib/contact/types";
import { cn } from "@/lib/utils";
import { callAction } from "@/components/ui/call-action";

/** The owner's contact messages: read/unread, reply by email, delete with confirmation. */
export function InboxList({ messages, now }: { messages: InboxMessage[]; now: string }) {
  return (
    <ul className="grid gap-3">
      {messages.map((message) => (
        <li key={message.id}>
          <InboxItem message={message} now={now} />
        </li>
      ))}
    </ul>
  );
}

function InboxItem({ message, now }: { message: InboxMessage; now: string }) {
  const t = useTranslations("contact.inbox");
  const tLink = useTranslations("sharing.link");
  const format = useFormatter();
  const router = useRouter();
  const failureToast = useFailureToast();
  const [toggling, setToggling] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const headingId = `message-${message.id}`;

  async function toggleRead() {
    setToggling(true);
    const result = await callAction(setMessageReadAction, { id: message.id, read: !message.read });
    setToggling(false);
    if (!result.ok) return failureToast(t("failed"), result);
    toast.success(result.data.read ? t("markedRead") : t("markedUnread"));
    router.refresh();
  }

  async function remove() {
    setDeleting(true);
    const result = await callAction(deleteMessageAction, { id: message.id });
    setDeleting(false);
    if (!result.ok) return failureToast(t("failed"), result);
    setConfirmOpen(false);
    toast.success(t("deleted"));
    router.refresh();
  }

  const via = message.via
    ? t("via", {
        who: message.via.company ? tLink("recipientAtCompany", { name: message.via.recipientName, company: message.via.company }) : message.via.recipientName,
      })
    : t("viaPublic");
  const subject = encodeURIComponent(`Re: ${message.company ? `${message.company} — ` : ""}Postfolio`);

  return (
    <article
      aria-labelledby={headingId}
      className={cn("grid gap-3 rounded-card border p-5", message.read ? "border-border" : "border-accent/40 bg-accent-soft/40")}
    >
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="flex flex-wrap items-center gap-2 font-semibold">
            {!message.read && <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-medium text-accent-fg">{t("unreadBadge")}</span>}
            <span>{message.name}</span>
            {message.company && <span className="font-normal text-muted">· {message.company}</span>}
          </h2>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
            <a href={`mailto:${message.email}`} className="underline-offset-2 hover:underline">
              {message.email}
            </a>
            <time
              dateTime={message.createdAt}
              title={`${format.dateTime(new Date(message.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`}
            >
              {format.relativeTime(new Date(message.createdAt), new Date(now))}
            </time>
            <span>{via}</span>
          </p>
        </div>
        <div className="flex flex-wrap gap-1">
          <a
            href={`mailto:${message.email}?subject=${subject}`}
            className={cn("inline-flex items-center gap-2 rounded-lg font-medium", buttonVariants.secondary, buttonSizes.sm)}
          >
            <Reply aria-hidden className="size-4" />
            {t("reply")}
          </a>
          <Button type="button" variant="ghost" size="sm" pending={toggling} onClick={toggleRead}>
            {message.read ? <Mail aria-hidden className="size-4" /> : <MailOpen aria-hidden className="size-4" />}
            {message.read ? t("markUnread") : t("markRead")}
          </Button>
          <ConfirmDialog
            open={confirmOpen}
            onOpenChange={setConfirmOpen}
            trigger={
              <Button type="button" variant="ghost" size="sm" className="text-danger">
                <Trash2 aria-hidden className="size-4" />
                {t("delete")}
              </Button>
            }
            title={t("deleteTitle", { name: message.name })}
            description={t("deleteBody")}
            confirmLabel={t("deleteConfirm")}
            pending={deleting}
            onConfirm={remove}
          />
        </div>
      </header>
      <p className="text-sm break-words whitespace-pre-wrap">{message.message}</p>
    </article>
  );
}
