import { Overview } from "@/components/dashboard/overview";
import { getRecentViewTotals } from "@/lib/analytics/data";
import { requireUser } from "@/lib/auth/session";
import { getOwnPortfolio, getSectionCounts } from "@/lib/portfolio/data";
import { getPublishSettings } from "@/lib/publishing/data";
import { getSharingNavCounts } from "@/lib/sharing/data";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  // A new account's first page: the portfolio may not exist before this (the layout creates it concurrently).
  await getOwnPortfolio(user.id, user.name);
  const [counts, settings, views, sharing] = await Promise.all([
    getSectionCounts(user.id),
    getPublishSettings(user.id),
    getRecentViewTotals(user.id),
    getSharingNavCounts(user.id),
  ]);
  return (
    <Overview
      userId={user.id}
      name={user.name}
      publicUrl={`/${user.handle}`}
      counts={counts}
      status={{ visibility: settings.visibility, views, sharing }}
    />
  );
}
