import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CalendarEditor } from "@/components/calendars/calendar-editor";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { getCalendar, listSampleOptions } from "@/lib/calendars/data";
import { AppError } from "@/lib/errors";
import { todayIso } from "@/lib/dates";

type Props = { params: Promise<{ id: string }> };

async function load(userId: string, id: string) {
  try {
    return await getCalendar(userId, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendars");
  return { title: t("title") };
}

export default async function CalendarPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/calendars/${id}`);
  const [calendar, samples, t] = await Promise.all([load(user.id, id), listSampleOptions(user.id), getTranslations()]);
  return (
    <div>
      <PageHeader title={calendar.title} back={{ href: "/dashboard/calendars", label: t("editor.common.back") }} />
      <CalendarEditor calendar={calendar} samples={samples} today={todayIso()} />
    </div>
  );
}
