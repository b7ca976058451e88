import { BookOpen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ListScreen, listCopy } from "@/components/editor/list-screen";
import type { CaseStudyView } from "@/lib/case-studies/types";
import { CaseStudyList } from "./case-study-list";

export async function CaseStudiesScreen({ caseStudies }: { caseStudies: CaseStudyView[] }) {
  const t = await getTranslations();
  return (
    <ListScreen
      icon={<BookOpen />}
      {...listCopy(t, "caseStudies", caseStudies.length === 0)}
      addHref="/dashboard/case-studies/new"
      hint={t("editor.common.reorderHint")}
    >
      <CaseStudyList caseStudies={caseStudies} />
    </ListScreen>
  );
}
