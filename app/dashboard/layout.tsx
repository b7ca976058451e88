import { DashboardShell } from "@/components/dashboard/shell";
import { requireUser } from "@/lib/auth/session";
import { getOwnPortfolio, getSectionCounts } from "@/lib/portfolio/data";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/dashboard");
  const [, counts] = await Promise.all([getOwnPortfolio(user.id, user.name), getSectionCounts(user.id)]);
  return (
    <DashboardShell user={user} counts={counts}>
      {children}
    </DashboardShell>
  );
}
