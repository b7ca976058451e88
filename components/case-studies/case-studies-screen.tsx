import { BookOpen } from "lucide-react";
import { RoomListScreen } from "@/components/editor/list-screen";
import type { CaseStudyView } from "@/lib/case-studies/types";
import { CaseStudyList } from "./case-study-list";

export function CaseStudiesScreen({ caseStudies }: { caseStudies: CaseStudyView[] }) {
  return (
    <RoomListScreen room="caseStudies" icon={<BookOpen />} isEmpty={caseStudies.length === 0} addHref="/dashboard/case-studies/new">
      <CaseStudyList caseStudies={caseStudies} />
    </RoomListScreen>
  );
}
