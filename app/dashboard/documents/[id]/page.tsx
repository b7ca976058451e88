import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/documents/document-form";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/data";
import { getDocument } from "@/lib/documents/data";
import { AppError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

async function load(userId: string, id: string) {
  try {
    return await getDocument(userId, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents");
  return { title: t("editTitle") };
}

export default async function EditDocumentPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/documents/${id}`);
  const [document, campaigns, t] = await Promise.all([load(user.id, id), listCampaignOptions(user.id), getTranslations()]);
  return (
    <div>
      <PageHeader title={document.title} lead={t("documents.editTitle")} back={{ href: "/dashboard/documents", label: t("editor.common.back") }} />
      <DocumentForm document={document} campaigns={campaigns} />
    </div>
  );
}
