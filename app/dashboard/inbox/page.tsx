import { getTranslations } from "next-intl/server";
import { Inbox } from "lucide-react";
import { InboxList } from "@/components/contact/inbox-list";
import { EmptyState } from "@/components/editor/empty-state";
import { requireUser } from "@/lib/auth/session";
import { listMessages } from "@/lib/contact/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("contact.inbox.title");

export default async function InboxPage() {
  const user = await requireUser("/dashboard/inbox");
  const [messages, t] = await Promise.all([listMessages(user.id), getTranslations("contact.inbox")]);
  const unread = messages.filter((message) => !message.read).length;
  return (
    <div className="grid gap-6">
      <header className="max-w-2xl">
        <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight">
          {t("title")}
          <span className="rounded-full bg-surface px-2.5 py-0.5 text-sm font-medium text-muted ring-1 ring-border">{t("unread", { count: unread })}</span>
        </h1>
        <p className="mt-1 text-sm text-muted">{t("lead")}</p>
      </header>
      {messages.length === 0 ? (
        <EmptyState icon={<Inbox />} title={t("emptyTitle")} body={t("emptyBody")} example={t("emptyExample")} action={null} />
      ) : (
        <InboxList messages={messages} now={new Date().toISOString()} />
      )}
    </div>
  );
}
