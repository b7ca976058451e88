import { getTranslations } from "next-intl/server";
import { CalendarEditor } from "@/components/calendars/calendar-editor";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { loadCalendarEditor } from "@/lib/calendars/loaders";
import { todayIso } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("calendars.title");

export default async function CalendarPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/calendars/${id}`);
  const [{ calendar, samples }, t] = await Promise.all([loadCalendarEditor(user.id, id), getTranslations()]);
  return (
    <div>
      <PageHeader title={calendar.title} back={{ href: "/dashboard/calendars", label: t("editor.common.back") }} />
      <CalendarEditor calendar={calendar} samples={samples} today={todayIso()} />
    </div>
  );
}
