"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PlatformValue } from "@/lib/platforms/platforms";
import type { ImportResult } from "./use-import-wizard";

/** Last step: what was created, links to it, and a way to import another file. */
export function DoneStep({ id, result, platform, onAgain }: { id: string; result: ImportResult; platform: PlatformValue; onAgain: () => void }) {
  const t = useTranslations("imports");
  return (
    <section className="grid gap-3 rounded-card border border-border p-4" aria-labelledby={`${id}-done`}>
      <h2 id={`${id}-done`} className="text-lg font-semibold">
        {t("done.title")}
      </h2>
      <p role="status">
        {t("done.body", {
          samples: result.sampleCount,
          metrics: result.metricCount,
          both: result.sampleCount > 0 && result.metricCount > 0 ? "yes" : "no",
          source: t(`sources.${platform}`),
        })}
      </p>
      <div className="flex flex-wrap gap-3">
        {result.sampleCount > 0 && (
          <Link className="text-accent underline" href="/dashboard/samples">
            {t("done.samples")}
          </Link>
        )}
        {result.campaignId && (
          <Link className="text-accent underline" href={`/dashboard/campaigns/${result.campaignId}`}>
            {t("done.campaign")}
          </Link>
        )}
        <button type="button" className="text-accent underline" onClick={onAgain}>
          {t("done.again")}
        </button>
      </div>
    </section>
  );
}
