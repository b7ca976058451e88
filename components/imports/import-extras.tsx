import { getLocale, getTranslations } from "next-intl/server";
import type { ImportListItem } from "@/lib/imports/data";

const helpPlatforms = ["x", "meta", "tiktok", "linkedin", "youtube", "ga4"] as const;

/** What we support and how to export it from each platform (linked from the unknown-file message). */
export async function ImportHelp() {
  const t = await getTranslations("imports.help");
  return (
    <section id="help" className="grid gap-2" aria-labelledby="import-help">
      <h2 id="import-help" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="grid gap-2 text-sm">
        {helpPlatforms.map((platform) => (
          <li key={platform} id={`help-${platform}`}>
            {t(platform)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The owner's imports, each with its original file (owner-only download). */
export async function ImportHistory({ imports }: { imports: ImportListItem[] }) {
  if (imports.length === 0) return null;
  const t = await getTranslations("imports");
  const date = new Intl.DateTimeFormat(await getLocale(), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section className="grid gap-2" aria-labelledby="import-history">
      <h2 id="import-history" className="text-lg font-semibold">
        {t("history.title")}
      </h2>
      <ul className="grid gap-1 text-sm">
        {imports.map((item) => (
          <li key={item.id}>
            {t("history.item", {
              report: item.reports.map((report) => t(`reports.${report}` as "reports.x-content")).join(", "),
              date: date.format(item.createdAt),
              samples: item.sampleCount,
              metrics: item.metricCount,
            })}{" "}
            ·{" "}
            <a className="text-accent underline" href={`/api/imports/${item.id}/file`}>
              {t("evidence.download")}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
