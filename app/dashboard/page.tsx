import { Overview } from "@/components/dashboard/overview";
import { requireUser } from "@/lib/auth/session";
import { loadOverview } from "@/lib/portfolio/loaders";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const { counts, status, firstRun } = await loadOverview(user.id);
  return <Overview userId={user.id} name={user.name} publicUrl={`/${user.handle}`} counts={counts} firstRun={firstRun} status={status} />;
}
