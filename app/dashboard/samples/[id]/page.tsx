import { getTranslations } from "next-intl/server";
import { EditorPage } from "@/components/editor/editor-page";
import { SampleForm } from "@/components/samples/sample-form";
import { requireUser } from "@/lib/auth/session";
import { listCampaignFacts } from "@/lib/defaults/data";
import { loadSampleEditor } from "@/lib/samples/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("samples.editTitle");

export default async function EditSamplePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/samples/${id}`);
  const [{ sample, campaigns }, campaignFacts, t] = await Promise.all([loadSampleEditor(user.id, id), listCampaignFacts(user.id), getTranslations()]);
  return (
    <EditorPage title={sample.title} lead={t("samples.editTitle")} back="/dashboard/samples">
      <SampleForm sample={sample} campaigns={campaigns} campaignFacts={campaignFacts} />
    </EditorPage>
  );
}
