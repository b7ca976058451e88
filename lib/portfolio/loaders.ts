import "server-only";
import { notFound } from "next/navigation";
import { getRecentViewTotals } from "@/lib/analytics/data";
import { getFirstRun } from "@/lib/coach/data";
import { getSharingNavCounts } from "@/lib/sharing/data";
import { getOwnPortfolio, getProfileForEdit, getSectionCounts } from "./data";

/** The dashboard overview's figures and the first-run path; an account without its portfolio is the 404 page. */
export async function loadOverview(userId: string) {
  const portfolio = await getOwnPortfolio(userId);
  if (!portfolio) notFound();
  const [counts, views, sharing, firstRun] = await Promise.all([
    getSectionCounts(userId),
    getRecentViewTotals(userId),
    getSharingNavCounts(userId),
    getFirstRun(userId),
  ]);
  return { counts, firstRun, status: { visibility: portfolio.visibility, views, sharing } };
}

/** The counts beside the dashboard's navigation (items per section, new link opens, unread messages), for the layouts' shell. */
export async function loadDashboardNav(userId: string) {
  const [counts, sharing] = await Promise.all([getSectionCounts(userId), getSharingNavCounts(userId)]);
  return { counts, sharing };
}

/** The profile editor's data; an account without its portfolio is the 404 page. */
export async function loadProfileEditor(userId: string) {
  const profile = await getProfileForEdit(userId);
  if (!profile) notFound();
  return profile;
}
