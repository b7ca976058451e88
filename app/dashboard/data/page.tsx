import { getTranslations } from "next-intl/server";
import { DataPage } from "@/components/export/data-page";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { loadDashboardNav } from "@/lib/portfolio/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dataExport.title");

export default async function DataExportPage() {
  const user = await requireUser("/dashboard/data");
  const t = await getTranslations("dataExport");
  const { counts } = await loadDashboardNav(user.id);
  return (
    <div className="grid gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <DataPage accountIsEmpty={Object.values(counts).every((count) => count === 0)} />
    </div>
  );
}
