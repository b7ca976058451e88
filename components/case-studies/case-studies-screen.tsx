import { BookOpen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen } from "@/components/editor/list-screen";
import type { CaseStudyView } from "@/lib/case-studies/types";
import { CaseStudyList } from "./case-study-list";

export async function CaseStudiesScreen({ caseStudies }: { caseStudies: CaseStudyView[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<BookOpen />}
      title={t("caseStudies.title")}
      lead={t("caseStudies.lead")}
      addHref="/dashboard/case-studies/new"
      addLabel={t("caseStudies.add")}
      empty={caseStudies.length === 0 ? { title: t("caseStudies.emptyTitle"), body: t("caseStudies.emptyBody"), example: t("caseStudies.emptyExample") } : null}
      hint={t("editor.common.reorderHint")}
    >
      <CaseStudyList caseStudies={caseStudies} />
    </ListScreen>
  );
}
