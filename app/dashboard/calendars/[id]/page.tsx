import { CalendarEditor } from "@/components/calendars/calendar-editor";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { loadCalendarEditor } from "@/lib/calendars/loaders";
import { todayIso } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("calendars.title");

export default async function CalendarPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/calendars/${id}`);
  const { calendar, samples } = await loadCalendarEditor(user.id, id);
  return (
    <EditorPage title={calendar.title} back="/dashboard/calendars">
      <CalendarEditor calendar={calendar} samples={samples} today={todayIso()} />
    </EditorPage>
  );
}
