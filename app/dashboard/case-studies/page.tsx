import { CaseStudiesScreen } from "@/components/case-studies/case-studies-screen";
import { requireUser } from "@/lib/auth/session";
import { listCaseStudies } from "@/lib/case-studies/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("caseStudies.title");

export default async function CaseStudiesPage() {
  const user = await requireUser("/dashboard/case-studies");
  const caseStudies = await listCaseStudies(user.id);
  return <CaseStudiesScreen caseStudies={caseStudies} />;
}
