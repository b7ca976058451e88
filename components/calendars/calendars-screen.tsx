import { CalendarDays } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen } from "@/components/editor/list-screen";
import type { CalendarListItem } from "@/lib/calendars/types";
import { CalendarList } from "./calendar-list";

export async function CalendarsScreen({ calendars }: { calendars: CalendarListItem[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<CalendarDays />}
      title={t("calendars.title")}
      lead={t("calendars.lead")}
      addHref="/dashboard/calendars/new"
      addLabel={t("calendars.add")}
      empty={calendars.length === 0 ? { title: t("calendars.emptyTitle"), body: t("calendars.emptyBody"), example: t("calendars.emptyExample") } : null}
      hint={t("editor.common.reorderHint")}
    >
      <CalendarList calendars={calendars} />
    </ListScreen>
  );
}
