import { DashboardShell } from "@/components/dashboard/shell";
import { requireUser } from "@/lib/auth/session";

// Settings sit in the editor's frame so the navigation stays one click away.
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/settings");
  return <DashboardShell user={user}>{children}</DashboardShell>;
}
