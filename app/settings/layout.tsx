import { NextIntlClientProvider } from "next-intl";
import { DashboardShell } from "@/components/dashboard/shell";
import { requireUser } from "@/lib/auth/session";
import { getSectionCounts } from "@/lib/portfolio/data";

// Settings sit in the editor's frame so the navigation stays one click away.
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/settings");
  const counts = await getSectionCounts(user.id);
  // The editor's client components read nearly every namespace: they get the full set (inherited from lib/i18n/request.ts).
  return (
    <NextIntlClientProvider>
      <DashboardShell user={user} counts={counts}>
        {children}
      </DashboardShell>
    </NextIntlClientProvider>
  );
}
