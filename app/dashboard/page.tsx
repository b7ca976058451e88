import { Overview } from "@/components/dashboard/overview";
import { getRecentViewTotals } from "@/lib/analytics/data";
import { requireUser } from "@/lib/auth/session";
import { getFirstRun } from "@/lib/coach/data";
import { getOwnPortfolio, getSectionCounts } from "@/lib/portfolio/data";
import { getSharingNavCounts } from "@/lib/sharing/data";
import { notFound } from "next/navigation";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const portfolio = await getOwnPortfolio(user.id);
  if (!portfolio) notFound();
  const [counts, views, sharing, firstRun] = await Promise.all([
    getSectionCounts(user.id),
    getRecentViewTotals(user.id),
    getSharingNavCounts(user.id),
    getFirstRun(user.id),
  ]);
  return (
    <Overview
      userId={user.id}
      name={user.name}
      publicUrl={`/${user.handle}`}
      counts={counts}
      firstRun={firstRun}
      status={{ visibility: portfolio.visibility, views, sharing }}
    />
  );
}
