import { getTranslations } from "next-intl/server";
import { CaseStudyForm } from "@/components/case-studies/case-study-form";
import { EditorPage } from "@/components/editor/editor-page";
import { requireUser } from "@/lib/auth/session";
import { listCampaignFacts } from "@/lib/defaults/data";
import { loadCaseStudyEditor } from "@/lib/case-studies/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("caseStudies.editTitle");

export default async function EditCaseStudyPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/case-studies/${id}`);
  const [{ caseStudy, options, confidentialNames }, campaignFacts, t] = await Promise.all([
    loadCaseStudyEditor(user.id, id),
    listCampaignFacts(user.id),
    getTranslations(),
  ]);
  return (
    <EditorPage title={caseStudy.title} lead={t("caseStudies.editTitle")} back="/dashboard/case-studies">
      <CaseStudyForm caseStudy={caseStudy} options={options} handle={user.handle} confidentialNames={confidentialNames} campaignFacts={campaignFacts} />
    </EditorPage>
  );
}
