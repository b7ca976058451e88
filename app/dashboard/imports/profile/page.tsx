import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/editor/page-header";
import { ProfileImportWizard } from "@/components/profile-import/profile-import-wizard";
import { requireUser } from "@/lib/auth/session";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("profileImport.title");

export default async function ProfileImportPage() {
  await requireUser("/dashboard/imports/profile");
  const t = await getTranslations("profileImport");
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} back={{ href: "/dashboard/imports", label: t("back") }} />
      <ProfileImportWizard />
    </div>
  );
}
