import { getTranslations } from "next-intl/server";
import { CalendarSettingsForm } from "@/components/calendars/calendar-settings-form";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { addMonths } from "@/lib/calendars/period";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("calendars.newTitle");

export default async function NewCalendarPage() {
  await requireUser("/dashboard/calendars/new");
  const t = await getTranslations();
  const thisMonth = new Date().toISOString().slice(0, 7);
  return (
    <EditorPage title={t("calendars.newTitle")} lead={t("calendars.newLead")} back="/dashboard/calendars">
      <section className="rounded-card border border-border p-4 sm:p-6">
        <CalendarSettingsForm defaults={{ title: "", startMonth: thisMonth, endMonth: addMonths(thisMonth, 1) }} />
      </section>
    </EditorPage>
  );
}
