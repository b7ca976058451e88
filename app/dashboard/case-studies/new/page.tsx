import { getTranslations } from "next-intl/server";
import { CaseStudyForm } from "@/components/case-studies/case-study-form";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { ownConfidentialNames } from "@/lib/confidential/data";
import { listLinkOptions } from "@/lib/case-studies/data";
import { listCampaignFacts, loadFormHistory } from "@/lib/defaults/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("caseStudies.newTitle");

export default async function NewCaseStudyPage() {
  const user = await requireUser("/dashboard/case-studies/new");
  const [options, names, campaignFacts, history, t] = await Promise.all([
    listLinkOptions(user.id),
    ownConfidentialNames(user.id),
    listCampaignFacts(user.id),
    loadFormHistory(user.id),
    getTranslations(),
  ]);
  return (
    <EditorPage title={t("caseStudies.newTitle")} back="/dashboard/case-studies">
      <CaseStudyForm caseStudy={null} options={options} handle={user.handle} confidentialNames={names} campaignFacts={campaignFacts} history={history} />
    </EditorPage>
  );
}
