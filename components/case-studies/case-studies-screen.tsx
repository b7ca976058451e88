import { BookOpen, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/editor/empty-state";
import { PageHeader } from "@/components/editor/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import type { CaseStudyView } from "@/lib/case-studies/types";
import { CaseStudyList } from "./case-study-list";

export async function CaseStudiesScreen({ caseStudies }: { caseStudies: CaseStudyView[] }) {
  const t = await getTranslations();
  const add = (
    <ButtonLink href="/dashboard/case-studies/new">
      <Plus aria-hidden className="size-4" />
      {t("caseStudies.add")}
    </ButtonLink>
  );
  return (
    <div>
      <PageHeader title={t("caseStudies.title")} lead={t("caseStudies.lead")} action={caseStudies.length > 0 ? add : undefined} />
      {caseStudies.length === 0 ? (
        <EmptyState
          icon={<BookOpen />}
          title={t("caseStudies.emptyTitle")}
          body={t("caseStudies.emptyBody")}
          example={t("caseStudies.emptyExample")}
          action={add}
        />
      ) : (
        <>
          <p className="mb-3 text-xs text-muted">{t("editor.common.reorderHint")}</p>
          <CaseStudyList caseStudies={caseStudies} />
        </>
      )}
    </div>
  );
}
