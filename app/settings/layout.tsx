import { DashboardShell } from "@/components/dashboard/shell";
import { requireUser } from "@/lib/auth/session";
import { loadDashboardNav } from "@/lib/portfolio/loaders";

// Settings sit in the editor's frame so the navigation stays one click away.
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/settings");
  const nav = await loadDashboardNav(user.id);
  return (
    <DashboardShell user={user} nav={nav}>
      {children}
    </DashboardShell>
  );
}
