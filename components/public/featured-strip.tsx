import { useLocale, useTranslations } from "next-intl";
import { formatHeadlineValue, formatMetricValue } from "@/lib/metrics/format";
import type { PublicFeatured } from "@/lib/public/types";
import { quotable } from "@/lib/utils";
import { PlatformTag } from "./platform-tag";
import { Growth, SourceNote, useResultLabel } from "./results";
import { Thumbnail } from "./thumbnail";

/**
 * The work first (DESIGN.md principle 5): right under the header, three
 * headline numbers and up to four sample pictures the owner picked (or the
 * defaults, lib/public/featured.ts). Each links down to the item it comes
 * from. Its pictures are the first visible ones, so they load eagerly.
 */
export function FeaturedStrip({ featured, basePath }: { featured: PublicFeatured; basePath: string }) {
  const t = useTranslations("featured.strip");
  const locale = useLocale();
  const labelOf = useResultLabel();
  const { images, figures } = featured;
  if (images.length === 0 && figures.length === 0) return null;
  return (
    <section aria-labelledby="featured-title" data-featured="" className="border-b border-border">
      <div className="mx-auto grid max-w-5xl gap-3 px-4 py-4 sm:gap-4 sm:px-6 sm:py-8">
        <h2 id="featured-title" className="sr-only">
          {t("label")}
        </h2>
        {figures.length > 0 && (
          <dl aria-label={t("figuresLabel")} className="grid grid-cols-3 gap-2 sm:gap-3">
            {figures.map(({ result, currency, from }) => (
              <div key={result.id} className="flex min-w-0 flex-col gap-0.5 rounded-card border border-border bg-surface p-2.5 sm:p-3 break-inside-avoid" data-featured-figure={result.kind}>
                <dt className="truncate text-xs text-muted sm:text-sm">{labelOf(result)}</dt>
                <dd className="text-xl font-semibold tracking-tight tabular sm:text-2xl">
                  <span aria-hidden="true">{formatHeadlineValue(result, locale, currency)}</span>
                  <span className="sr-only">{formatMetricValue(result.kind, result.value, locale, currency)}</span>
                </dd>
                {result.growth !== null && (
                  <dd className="text-xs sm:text-sm">
                    <Growth value={result.growth} className="[&>svg]:hidden sm:[&>svg]:inline" />
                  </dd>
                )}
                <dd className="line-clamp-2 text-xs text-muted">
                  <a
                    href={from.kind === "campaign" ? `#campaign-${from.id}` : `${basePath}/case-studies/${from.slug}`}
                    className="underline-offset-2 hover:text-fg hover:underline"
                  >
                    {t("from", { title: from.title })}
                  </a>
                </dd>
                <dd className="hidden sm:block">
                  <SourceNote result={result} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {images.length > 0 && (
          <ul aria-label={t("imagesLabel")} className="grid grid-cols-4 gap-2 sm:gap-3">
            {images.map(({ image, sampleId, sampleTitle, platform }, index) => (
              <li key={image.id} className="min-w-0">
                <a href={`#sample-${sampleId}`} className="group relative block overflow-hidden rounded-card border border-border bg-surface">
                  <Thumbnail
                    image={image}
                    fetchPriority={index === 0 ? "high" : undefined}
                    className="aspect-square w-full object-cover transition-transform group-hover:scale-[1.02] sm:aspect-[4/3]"
                  />
                  <span className="sr-only">{t("openSample", { title: quotable(sampleTitle) })}</span>
                  <span className="absolute bottom-1 left-1 hidden sm:block" aria-hidden="true">
                    <PlatformTag platform={platform} />
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
