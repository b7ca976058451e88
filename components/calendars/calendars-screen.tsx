import { CalendarDays } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen, listCopy } from "@/components/editor/list-screen";
import type { CalendarListItem } from "@/lib/calendars/types";
import { CalendarList } from "./calendar-list";

export async function CalendarsScreen({ calendars }: { calendars: CalendarListItem[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<CalendarDays />}
      {...listCopy(t, "calendars", calendars.length === 0)}
      addHref="/dashboard/calendars/new"
      hint={t("editor.common.reorderHint")}
    >
      <CalendarList calendars={calendars} />
    </ListScreen>
  );
}
