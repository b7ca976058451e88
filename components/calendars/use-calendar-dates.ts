"use client";

import { useFormatter } from "next-intl";
import { fromIsoDate } from "@/lib/dates";

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
