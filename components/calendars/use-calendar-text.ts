"use client";

import { useCallback } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useEditorErrorText } from "@/components/editor/action-feedback";
import { fromIsoDate } from "@/lib/dates";

/** Error keys of `calendars.validation` → text; others go on to `editor.validation`, then Field (`validation`). */
export function useCalendarErrorText() {
  const t = useTranslations("calendars.validation");
  const editorErr = useEditorErrorText();
  return useCallback(
    (message: string | undefined) => (message && t.has(message as never) ? t(message as never) : editorErr(message)),
    [t, editorErr],
  );
}

/** Dates and months as the calendar shows them, always in UTC (dates carry no time zone). */
export function useCalendarDates() {
  const format = useFormatter();
  return {
    month: (month: string) => format.dateTime(fromIsoDate(`${month}-01`), { month: "long", year: "numeric", timeZone: "UTC" }),
    shortMonth: (month: string) => format.dateTime(fromIsoDate(`${month}-01`), { month: "short", year: "numeric", timeZone: "UTC" }),
    day: (date: string) => format.dateTime(fromIsoDate(date), { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }),
    long: (date: string) => format.dateTime(fromIsoDate(date), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  };
}
