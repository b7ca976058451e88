import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/editor/page-header";
import type { CredentialsView } from "@/lib/credentials/types";
import { CertificationsSection } from "./certifications-section";
import { EducationSection } from "./education-section";
import { ExperienceSection } from "./experience-section";
import { SkillsSection } from "./skills-section";

/** Certifications, experience, skills and tools, and education on one page, each with its own anchor. */
export async function CredentialsScreen({ credentials }: { credentials: CredentialsView }) {
  const t = await getTranslations("credentials");
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="grid gap-6">
        <CertificationsSection items={credentials.certifications} />
        <ExperienceSection items={credentials.experiences} />
        <SkillsSection items={credentials.skills} />
        <EducationSection items={credentials.education} />
      </div>
    </div>
  );
}
