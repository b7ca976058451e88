import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseStudiesScreen } from "@/components/case-studies/case-studies-screen";
import { requireUser } from "@/lib/auth/session";
import { listCaseStudies } from "@/lib/case-studies/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseStudies");
  return { title: t("title") };
}

export default async function CaseStudiesPage() {
  const user = await requireUser("/dashboard/case-studies");
  const caseStudies = await listCaseStudies(user.id);
  return <CaseStudiesScreen caseStudies={caseStudies} />;
}
