import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarsScreen } from "@/components/calendars/calendars-screen";
import { requireUser } from "@/lib/auth/session";
import { listCalendars } from "@/lib/calendars/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendars");
  return { title: t("title") };
}

export default async function CalendarsPage() {
  const user = await requireUser("/dashboard/calendars");
  const calendars = await listCalendars(user.id);
  return <CalendarsScreen calendars={calendars} />;
}
