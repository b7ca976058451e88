import "server-only";
import { notFound } from "next/navigation";
import { getRecentViewTotals } from "@/lib/analytics/data";
import { getSharingNavCounts } from "@/lib/sharing/data";
import { getOwnPortfolio, getProfileForEdit, getSectionCounts } from "./data";

/** The dashboard overview's figures; an account without its portfolio is the 404 page. */
export async function loadOverview(userId: string) {
  const portfolio = await getOwnPortfolio(userId);
  if (!portfolio) notFound();
  const [counts, views, sharing] = await Promise.all([getSectionCounts(userId), getRecentViewTotals(userId), getSharingNavCounts(userId)]);
  return { counts, status: { visibility: portfolio.visibility, views, sharing } };
}

/** The profile editor's data; an account without its portfolio is the 404 page. */
export async function loadProfileEditor(userId: string) {
  const profile = await getProfileForEdit(userId);
  if (!profile) notFound();
  return profile;
}
