import { Overview } from "@/components/dashboard/overview";
import { requireUser } from "@/lib/auth/session";
import { getSectionCounts } from "@/lib/portfolio/data";

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const counts = await getSectionCounts(user.id);
  return <Overview userId={user.id} name={user.name} publicUrl={`/${user.handle}`} counts={counts} />;
}
