import { NextIntlClientProvider } from "next-intl";
import { DashboardShell } from "@/components/dashboard/shell";
import { requireUser } from "@/lib/auth/session";
import { getSectionCounts } from "@/lib/portfolio/data";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/dashboard");
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
