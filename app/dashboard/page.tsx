import { Overview } from "@/components/dashboard/overview";
import { getRecentViewTotals } from "@/lib/analytics/data";
import { requireUser } from "@/lib/auth/session";
import { getOwnPortfolio, getSectionCounts } from "@/lib/portfolio/data";
import { getSharingNavCounts } from "@/lib/sharing/data";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  // A new account's first page creates the portfolio (shared with the layout's call, once per request).
  const portfolio = await getOwnPortfolio(user.id, user.name);
  const [counts, views, sharing] = await Promise.all([
    getSectionCounts(user.id),
    getRecentViewTotals(user.id),
    getSharingNavCounts(user.id),
  ]);
  return (
    <Overview
      userId={user.id}
      name={user.name}
      publicUrl={`/${user.handle}`}
      counts={counts}
      status={{ visibility: portfolio.visibility, views, sharing }}
    />
  );
}
