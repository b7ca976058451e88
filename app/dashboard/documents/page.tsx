import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentsScreen } from "@/components/documents/documents-screen";
import { requireUser } from "@/lib/auth/session";
import { listDocuments } from "@/lib/documents/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents");
  return { title: t("title") };
}

export default async function DocumentsPage() {
  const user = await requireUser("/dashboard/documents");
  const documents = await listDocuments(user.id);
  return <DocumentsScreen documents={documents} />;
}
