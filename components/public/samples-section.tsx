import { Icon } from "@/components/ui/sprite-icon";
import { useLocale, useTranslations } from "next-intl";
import { ImportedMark } from "@/components/imports/imported-mark";
import { unquote } from "@/lib/utils";
import { formatCompact, formatFigure } from "@/lib/metrics/format";
import { platformValues, type PlatformValue } from "@/lib/platforms/platforms";
import type { PublicSample, SampleNumbers } from "@/lib/public/types";
import { ClientLine, WorkBadge } from "./badges";
import { formatDay } from "./format";
import { PlatformTag } from "./platform-tag";

const numberOrder: (keyof SampleNumbers)[] = ["reach", "impressions", "views", "likes", "comments", "shares", "saves", "clicks"];
const CAPTION_EXCERPT = 180;

function excerpt(text: string): string {
  const clean = text.trim();
  if (clean.length <= CAPTION_EXCERPT) return clean;
  const cut = clean.slice(0, CAPTION_EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), CAPTION_EXCERPT - 30)).trimEnd()}…`;
}

export function SampleCard({ sample, headingLevel = 4 }: { sample: PublicSample; headingLevel?: 3 | 4 }) {
  const t = useTranslations("publicPage.samples");
  const tp = useTranslations("publicPage");
  const tm = useTranslations("metrics.figures");
  const tf = useTranslations("metrics.formulas");
  const locale = useLocale();
  const image = sample.media[0];
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const numbers = numberOrder.filter((key) => sample.numbers[key] !== undefined);
  return (
    <article id={`sample-${sample.id}`} className="flex min-w-0 flex-col overflow-hidden rounded-card border border-border bg-bg break-inside-avoid">
      {image && (
        // eslint-disable-next-line @next/next/no-img-element -- served by our media route; next/image would re-encode what is already WebP
        <img
          src={image.thumbUrl}
          alt={image.alt}
          width={image.width ?? 400}
          height={image.height ?? 400}
          loading="lazy"
          decoding="async"
          className="aspect-square w-full bg-surface object-cover print:max-h-48 print:w-auto"
        />
      )}
      {/* Every picture the owner picked is shown, not only the first (issue #15: nothing picked is lost). */}
      {sample.media.length > 1 && (
        <ul className="flex gap-1.5 overflow-x-auto px-4 pt-3">
          {sample.media.slice(1).map((more) => (
            <li key={more.id} className="shrink-0">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our media route, already resized */}
              <img src={more.thumbUrl} alt={more.alt} width={64} height={64} loading="lazy" decoding="async" className="size-16 rounded-md bg-surface object-cover" />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <div className="flex flex-wrap items-center gap-1.5">
          <PlatformTag platform={sample.platform} />
          <span className="rounded-md bg-surface px-1.5 py-0.5 text-xs text-fg ring-1 ring-border">{tp(`formats.${sample.format}`)}</span>
          <WorkBadge kind={sample.workKind} />
        </div>
        <Heading className="font-semibold text-balance">{sample.title}</Heading>
        <ClientLine client={sample.client} />
        {sample.postedAt && <p className="text-xs text-muted">{t("posted", { date: formatDay(sample.postedAt, locale) })}</p>}
        {sample.caption && <p className="text-sm leading-relaxed text-fg whitespace-pre-line [overflow-wrap:anywhere]">{excerpt(sample.caption)}</p>}
        {numbers.length > 0 && (
          <dl className="mt-auto grid grid-cols-3 gap-2 border-t border-border pt-3 text-xs">
            {numbers.slice(0, 6).map((key) => (
              <div key={key}>
                <dt className="text-muted">{t(`numbers.${key}`)}</dt>
                <dd className="font-semibold tabular">{formatCompact(sample.numbers[key]!, locale)}</dd>
              </div>
            ))}
            {sample.figures.map((figure) => (
              <div key={figure.key}>
                <dt className="text-muted">{tm(figure.key)}</dt>
                <dd className="font-semibold tabular">{formatFigure(figure, locale)}</dd>
                <dd className="text-[11px] leading-tight text-muted" data-formula={figure.formula}>{tf(figure.formula)}</dd>
              </div>
            ))}
          </dl>
        )}
        {sample.importedFrom && <ImportedMark platform={sample.importedFrom} />}
        {sample.url && (
          <a
            href={sample.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="inline-flex items-center gap-1 text-sm font-medium text-accent underline-offset-2 hover:underline"
          >
            {t("openOriginal")}
            <span className="sr-only">{t("openOriginalNamed", { title: unquote(sample.title), platform: tp(`platforms.${sample.platform}`) })}</span>
            <Icon name="external-link" className="size-3.5" />
          </a>
        )}
      </div>
    </article>
  );
}

/**
 * Samples grouped by platform, with an in-page jump list: "filtering" that
 * needs no JavaScript and keeps the page static.
 */
export function SamplesSection({ samples }: { samples: PublicSample[] }) {
  const t = useTranslations("publicPage.samples");
  const tp = useTranslations("publicPage");
  const groups = platformValues
    .map((platform) => ({ platform, items: samples.filter((sample) => sample.platform === platform) }))
    .filter((group) => group.items.length > 0);
  const anchor = (platform: PlatformValue) => `samples-${platform.toLowerCase()}`;
  return (
    <div className="grid gap-8">
      {groups.length > 1 && (
        <nav aria-label={t("jumpNav")} className="print:hidden">
          <ul className="flex flex-wrap gap-2">
            {groups.map(({ platform, items }) => (
              <li key={platform}>
                <a
                  href={`#${anchor(platform)}`}
                  className="inline-flex items-center gap-1.5 rounded-full border border-border bg-bg px-3 py-1 text-sm hover:bg-surface"
                >
                  {tp(`platforms.${platform}`)}
                  <span className="text-xs text-muted tabular">{t("count", { count: items.length })}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map(({ platform, items }) => (
        <section key={platform} id={anchor(platform)} aria-labelledby={`${anchor(platform)}-title`} className="grid scroll-mt-6 gap-4">
          <h3 id={`${anchor(platform)}-title`} className="flex items-center gap-2 text-lg font-semibold">
            <PlatformTag platform={platform} className="text-sm" />
            <span className="text-sm font-normal text-muted">{t("count", { count: items.length })}</span>
          </h3>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((sample) => (
              <SampleCard key={sample.id} sample={sample} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
