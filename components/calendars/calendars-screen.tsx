import { CalendarDays } from "lucide-react";
import { RoomListScreen } from "@/components/editor/list-screen";
import type { CalendarListItem } from "@/lib/calendars/types";
import { CalendarList } from "./calendar-list";

export function CalendarsScreen({ calendars }: { calendars: CalendarListItem[] }) {
  return (
    <RoomListScreen room="calendars" icon={<CalendarDays />} isEmpty={calendars.length === 0} addHref="/dashboard/calendars/new">
      <CalendarList calendars={calendars} />
    </RoomListScreen>
  );
}
