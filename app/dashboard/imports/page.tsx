import { getTranslations } from "next-intl/server";
import { ImportHelp, ImportHistory } from "@/components/imports/import-extras";
import { ImportWizard } from "@/components/imports/import-wizard";
import { PageHeader } from "@/components/editor/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { requireUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/data";
import { listImports } from "@/lib/imports/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("imports.title");

export default async function ImportsPage() {
  const user = await requireUser("/dashboard/imports");
  const t = await getTranslations("imports");
  const tp = await getTranslations("profileImport");
  const [campaigns, imports] = await Promise.all([listCampaignOptions(user.id), listImports(user.id)]);
  return (
    <div className="grid gap-8">
      <div>
        <PageHeader
          title={t("title")}
          lead={t("lead")}
          action={
            <ButtonLink href="/dashboard/imports/profile" variant="secondary">
              {tp("linkLabel")}
            </ButtonLink>
          }
        />
        <ImportWizard campaigns={campaigns} />
      </div>
      <ImportHistory imports={imports} />
      <ImportHelp />
    </div>
  );
}
