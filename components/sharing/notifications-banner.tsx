"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { BellRing, Check } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { markNotificationsReadAction } from "@/lib/sharing/actions";
import type { OwnerNotificationView } from "@/lib/sharing/types";
import { callAction } from "@/components/ui/call-action";

/** "Jane at Acme opened your link": dashboard notices, shown when no email was sent. */
export function NotificationsBanner({ notifications, now }: { notifications: OwnerNotificationView[]; now: string }) {
  const t = useTranslations("sharing.notifications");
  const tLink = useTranslations("sharing.link");
  const format = useFormatter();
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);

  async function markRead(ids: string[], key: string) {
    setPending(key);
    const result = await callAction(markNotificationsReadAction, { ids });
    setPending(null);
    if (!result.ok) return toast.error(t("failed"));
    router.refresh();
  }

  return (
    <section aria-labelledby="notifications-title" className="rounded-card border border-accent/30 bg-accent-soft p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="notifications-title" className="flex items-center gap-2 text-sm font-semibold">
          <BellRing aria-hidden className="size-4 text-accent" />
          {t("title")}
        </h2>
        {notifications.length > 1 && (
          <Button type="button" variant="ghost" size="sm" pending={pending === "all"} onClick={() => markRead([], "all")}>
            {t("markAllRead")}
          </Button>
        )}
      </div>
      <ul className="mt-2 grid gap-1">
        {notifications.map((notice) => {
          const who = notice.company ? tLink("recipientAtCompany", { name: notice.recipientName, company: notice.company }) : notice.recipientName;
          return (
            <li key={notice.id} className="flex items-center justify-between gap-3 text-sm">
              <span>
                {t("opened", { who })}{" "}
                <time dateTime={notice.createdAt} className="text-muted">
                  · {format.relativeTime(new Date(notice.createdAt), new Date(now))}
                </time>
              </span>
              <Button type="button" variant="ghost" size="sm" pending={pending === notice.id} onClick={() => markRead([notice.id], notice.id)}>
                <Check aria-hidden className="size-4" />
                <span className="sr-only sm:not-sr-only">{t("markRead")}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
