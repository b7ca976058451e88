import { CalendarDays, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/editor/empty-state";
import { PageHeader } from "@/components/editor/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import type { CalendarListItem } from "@/lib/calendars/types";
import { CalendarList } from "./calendar-list";

export async function CalendarsScreen({ calendars }: { calendars: CalendarListItem[] }) {
  const t = await getTranslations();
  const add = (
    <ButtonLink href="/dashboard/calendars/new">
      <Plus aria-hidden className="size-4" />
      {t("calendars.add")}
    </ButtonLink>
  );
  return (
    <div>
      <PageHeader title={t("calendars.title")} lead={t("calendars.lead")} action={calendars.length > 0 ? add : undefined} />
      {calendars.length === 0 ? (
        <EmptyState
          icon={<CalendarDays />}
          title={t("calendars.emptyTitle")}
          body={t("calendars.emptyBody")}
          example={t("calendars.emptyExample")}
          action={add}
        />
      ) : (
        <>
          <p className="mb-3 text-xs text-muted">{t("editor.common.reorderHint")}</p>
          <CalendarList calendars={calendars} />
        </>
      )}
    </div>
  );
}
