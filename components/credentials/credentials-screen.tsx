import { getTranslations } from "next-intl/server";
import { Upload } from "lucide-react";
import { PageHeader } from "@/components/editor/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import type { CredentialsView } from "@/lib/credentials/types";
import { CertificationsSection } from "./certifications-section";
import { EducationSection } from "./education-section";
import { ExperienceSection } from "./experience-section";
import { SkillsSection } from "./skills-section";

/** Certifications, experience, skills and tools, and education on one page, each with its own anchor. */
export async function CredentialsScreen({ credentials }: { credentials: CredentialsView }) {
  const t = await getTranslations("credentials");
  const tp = await getTranslations("profileImport");
  return (
    <div>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        action={
          <ButtonLink href="/dashboard/imports/profile" variant="secondary">
            <Upload aria-hidden className="size-4" />
            {tp("linkLabel")}
          </ButtonLink>
        }
      />
      <div className="grid gap-6">
        <CertificationsSection items={credentials.certifications} />
        <ExperienceSection items={credentials.experiences} />
        <SkillsSection items={credentials.skills} />
        <EducationSection items={credentials.education} />
      </div>
    </div>
  );
}
