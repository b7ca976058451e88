import { getTranslations } from "next-intl/server";
import { CaseStudyForm } from "@/components/case-studies/case-study-form";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { ownConfidentialNames } from "@/lib/confidential/data";
import { listLinkOptions } from "@/lib/case-studies/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("caseStudies.newTitle");

export default async function NewCaseStudyPage() {
  const user = await requireUser("/dashboard/case-studies/new");
  const [options, names, t] = await Promise.all([listLinkOptions(user.id), ownConfidentialNames(user.id), getTranslations()]);
  return (
    <div>
      <PageHeader title={t("caseStudies.newTitle")} back={{ href: "/dashboard/case-studies", label: t("editor.common.back") }} />
      <CaseStudyForm caseStudy={null} options={options} handle={user.handle} confidentialNames={names} />
    </div>
  );
}
