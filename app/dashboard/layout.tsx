import { DashboardShell } from "@/components/dashboard/shell";
import { requireUser } from "@/lib/auth/session";
import { loadDashboardNav } from "@/lib/portfolio/loaders";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/dashboard");
  const nav = await loadDashboardNav(user.id);
  return (
    <DashboardShell user={user} nav={nav}>
      {children}
    </DashboardShell>
  );
}
