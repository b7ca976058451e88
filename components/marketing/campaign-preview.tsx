import { getTranslations } from "next-intl/server";

/** A static example of how a campaign leads with its results on a public page. */
export async function CampaignPreview() {
  const t = await getTranslations("landing.preview");
  return (
    <figure aria-label={t("label")} className="rounded-card border border-border bg-bg p-6 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded-full border border-warning/40 bg-warning/10 px-2 py-0.5 font-medium text-warning">{t("badge")}</span>
        <span className="text-muted">{t("platforms")}</span>
      </div>
      <p className="mt-3 font-semibold">{t("title")}</p>
      <dl className="mt-5 grid grid-cols-2 gap-4">
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{t("metric")}</dt>
          <dd className="tabular mt-1 text-3xl font-semibold tracking-tight">{t("after")}</dd>
          <dd className="tabular text-sm text-muted">
            {t("before")} → {t("after")}
          </dd>
          <dd className="mt-1 text-sm font-medium text-success">▲ {t("growth")}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{t("engagement")}</dt>
          <dd className="tabular mt-1 text-3xl font-semibold tracking-tight">{t("engagementValue")}</dd>
          <dd className="text-sm text-muted">= {t("formula")}</dd>
        </div>
      </dl>
      <figcaption className="mt-5 border-t border-border pt-3 text-xs text-muted">{t("source")}</figcaption>
    </figure>
  );
}
