import { CalendarsScreen } from "@/components/calendars/calendars-screen";
import { requireUser } from "@/lib/auth/session";
import { listCalendars } from "@/lib/calendars/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("calendars.title");

export default async function CalendarsPage() {
  const user = await requireUser("/dashboard/calendars");
  const calendars = await listCalendars(user.id);
  return <CalendarsScreen calendars={calendars} />;
}
