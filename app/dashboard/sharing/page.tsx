import { after } from "next/server";
import { SharingDashboard } from "@/components/sharing/sharing-dashboard";
import { requireUser } from "@/lib/auth/session";
import { loadSharingDashboard } from "@/lib/sharing/loaders";
import { markAnalyticsSeen } from "@/lib/sharing/mutations";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("sharing.meta.title");

export default async function SharingPage() {
  const user = await requireUser("/dashboard/sharing");
  const dashboard = await loadSharingDashboard(user.id);
  // The "new" markers above are computed from the previous visit; from now on, only later opens are new.
  after(() => markAnalyticsSeen(user.id));
  return <SharingDashboard {...dashboard} />;
}
