import { Icon } from "@/components/ui/sprite-icon";
import { useLocale, useTranslations } from "next-intl";
import type { PublicCertification, PublicEducation, PublicExperience, PublicSkill } from "@/lib/public/types";
import { Markdown } from "@/components/markdown/markdown";
import { formatDay, formatMonth } from "@/lib/date-formats";
import { MoreLink } from "./more-link";

/** Certifications; `today` ("YYYY-MM-DD") decides the expired flag, so renders are reproducible. */
export function CertificationsSection({ certifications, today }: { certifications: PublicCertification[]; today: string }) {
  const t = useTranslations("publicPage.certifications");
  const locale = useLocale();
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {certifications.map((cert) => {
        const expired = cert.expiresAt !== null && cert.expiresAt < today;
        return (
          <li key={cert.id} className="flex flex-col gap-1 rounded-card border border-border bg-bg p-4 break-inside-avoid">
            <h3 className="flex items-start gap-2 font-semibold">
              <Icon name="badge-check" className="mt-0.5 size-4 shrink-0 text-accent" />
              {cert.name}
            </h3>
            {cert.issuer && <p className="text-sm text-muted">{t("issuedBy", { issuer: cert.issuer })}</p>}
            <p className="text-sm">
              {cert.issuedAt && t("issued", { date: formatDay(cert.issuedAt, locale) })}
              {cert.issuedAt && " · "}
              {cert.expiresAt === null ? (
                <span className="text-muted">{t("noExpiry")}</span>
              ) : expired ? (
                <span className="font-medium text-danger">{t("expired", { date: formatDay(cert.expiresAt, locale) })}</span>
              ) : (
                <span className="text-muted">{t("expires", { date: formatDay(cert.expiresAt, locale) })}</span>
              )}
            </p>
            {cert.credentialId && <p className="text-xs text-muted">{t("credentialId", { id: cert.credentialId })}</p>}
            {cert.verifyUrl && (
              <MoreLink href={cert.verifyUrl} external label={t("verify")} named={`: ${cert.name}`} className="mt-1" />
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function ExperienceSection({ experience }: { experience: PublicExperience[] }) {
  const t = useTranslations("publicPage.experience");
  const locale = useLocale();
  return (
    <ol className="relative grid gap-6 border-l border-border pl-6">
      {experience.map((item) => (
        <li key={item.id} className="relative grid gap-1 break-inside-avoid">
          <span aria-hidden className="absolute top-1.5 -left-[1.8rem] size-2.5 rounded-full bg-accent ring-4 ring-bg" />
          <h3 className="font-semibold">
            {t("roleAt", { role: item.role, organization: item.organization })}
          </h3>
          <p className="text-sm text-muted">
            {t(`kinds.${item.kind}`)} · {formatMonth(item.startDate, locale)} – {item.endDate ? formatMonth(item.endDate, locale) : t("present")}
          </p>
          {item.description && <Markdown source={item.description} className="max-w-prose" />}
        </li>
      ))}
    </ol>
  );
}

export function SkillsSection({ skills }: { skills: PublicSkill[] }) {
  const t = useTranslations("publicPage.skills");
  const groups = (["SKILL", "TOOL"] as const)
    .map((category) => ({ category, items: skills.filter((skill) => skill.category === category) }))
    .filter((group) => group.items.length > 0);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {groups.map(({ category, items }) => (
        <div key={category} className="grid content-start gap-3">
          <h3 className="font-semibold">{t(category === "SKILL" ? "skills" : "tools")}</h3>
          <ul className="flex flex-wrap gap-2">
            {items.map((skill) => (
              <li key={skill.id} className="rounded-lg border border-border bg-bg px-3 py-1.5 text-sm">
                {skill.name}
                {skill.level && <span className="text-muted"> · {t(`levels.${skill.level}`)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function EducationSection({ education }: { education: PublicEducation[] }) {
  const t = useTranslations("publicPage.education");
  return (
    <ul className="grid gap-3">
      {education.map((item) => (
        <li key={item.id} className="grid gap-0.5 break-inside-avoid">
          <h3 className="font-semibold">{item.school}</h3>
          {(item.degree || item.field) && <p className="text-sm">{[item.degree, item.field].filter(Boolean).join(", ")}</p>}
          {(item.startYear || item.endYear) && (
            <p className="text-sm text-muted tabular">
              {item.startYear && item.endYear ? `${item.startYear} – ${item.endYear}` : t("year", { year: item.endYear ?? item.startYear ?? 0 })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
