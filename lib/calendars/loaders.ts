import "server-only";
import { orNotFoundPage } from "@/lib/loaders";
import { getCalendar, listSampleOptions } from "./data";

/** The calendar editor's data: the owner's calendar (else the 404 page) and the samples its entries may link to. */
export async function loadCalendarEditor(userId: string, id: string) {
  const [calendar, samples] = await Promise.all([orNotFoundPage(getCalendar(userId, id)), listSampleOptions(userId)]);
  return { calendar, samples };
}
