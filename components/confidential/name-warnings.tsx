import { ShieldAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { NameWarning } from "@/lib/confidential/data";

/**
 * The publish page's warning: where a confidential client's name (or a
 * distinctive part of it) still appears in the owner's text. Nothing when
 * there is none.
 */
export async function NameWarnings({ warnings }: { warnings: NameWarning[] }) {
  if (warnings.length === 0) return null;
  const t = await getTranslations("confidential");
  return (
    <section aria-labelledby="confidential-names" className="grid gap-3 rounded-card border border-border bg-bg p-5 sm:p-6">
      <div>
        <h2 id="confidential-names" className="flex items-center gap-2 font-semibold">
          <ShieldAlert aria-hidden className="size-4" />
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("lead")}</p>
      </div>
      <ul className="grid gap-2 text-sm">
        {warnings.map((warning, index) => {
          const where = t("where", { section: warning.section, item: warning.item, field: t(`fields.${warning.field}` as "fields.title") });
          return (
            <li key={index} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <span>{warning.part === null ? t("replaced", { name: warning.name, where }) : t("part", { name: warning.name, part: warning.part, where })}</span>
              <a href={warning.href} className="font-medium text-accent underline underline-offset-2 hover:no-underline">
                {t("edit")}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
