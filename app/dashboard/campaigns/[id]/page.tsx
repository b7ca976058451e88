import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { getCampaign } from "@/lib/campaigns/data";
import { AppError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await requireUser(`/dashboard/campaigns/${id}`);
  try {
    return await getCampaign(user.id, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.campaigns");
  return { title: t("editTitle") };
}

export default async function EditCampaignPage({ params }: Props) {
  const { id } = await params;
  const campaign = await load(id);
  const t = await getTranslations("editor");
  return (
    <div>
      <PageHeader title={campaign.title} lead={t("campaigns.editTitle")} back={{ href: "/dashboard/campaigns", label: t("common.back") }} />
      <CampaignForm campaign={campaign} />
    </div>
  );
}
