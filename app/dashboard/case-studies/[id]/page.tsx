import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseStudyForm } from "@/components/case-studies/case-study-form";
import { PageHeader } from "@/components/editor/page-header";
import { requireUser } from "@/lib/auth/session";
import { ownConfidentialNames } from "@/lib/confidential/data";
import { getCaseStudy, listLinkOptions } from "@/lib/case-studies/data";
import { AppError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseStudies");
  return { title: t("editTitle") };
}

export default async function EditCaseStudyPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/dashboard/case-studies/${id}`);
  const [caseStudy, options, names, t] = await Promise.all([
    getCaseStudy(user.id, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listLinkOptions(user.id),
    ownConfidentialNames(user.id, { exceptCaseStudyId: id }),
    getTranslations(),
  ]);
  return (
    <div>
      <PageHeader title={caseStudy.title} lead={t("caseStudies.editTitle")} back={{ href: "/dashboard/case-studies", label: t("editor.common.back") }} />
      <CaseStudyForm caseStudy={caseStudy} options={options} handle={user.handle} confidentialNames={names} />
    </div>
  );
}
