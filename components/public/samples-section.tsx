import { useLocale, useTranslations } from "next-intl";
import { ImportedMark } from "@/components/imports/imported-mark";
import { quotable } from "@/lib/utils";
import { formatCompact, formatFigure } from "@/lib/metrics/format";
import { platformValues } from "@/lib/platforms/platforms";
import type { PublicImage, PublicSample, SampleNumbers } from "@/lib/public/types";
import { ClientLine, WorkBadge } from "./badges";
import { formatDay } from "@/lib/date-formats";
import { PlatformTag } from "./platform-tag";
import { MoreOnline } from "./show-all";
import { MoreLink } from "./more-link";
import { Thumbnail } from "./thumbnail";

const numberOrder: (keyof SampleNumbers)[] = ["reach", "impressions", "views", "likes", "comments", "shares", "saves", "clicks"];
const CAPTION_EXCERPT = 140;
/** Cards shown before "Show all": two rows on a wide screen, three cards on a phone (one column). */
export const SAMPLES_SHOWN = 6;
// On a phone the cards are one column, each about a screen tall: two, then "Show all" (issue #15).
const SAMPLES_SHOWN_PHONE = 2;

function excerpt(text: string): string {
  const clean = text.trim();
  if (clean.length <= CAPTION_EXCERPT) return clean;
  const cut = clean.slice(0, CAPTION_EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), CAPTION_EXCERPT - 30)).trimEnd()}…`;
}

function SampleImage({ image }: { image: PublicImage }) {
  return <Thumbnail image={image} loading="lazy" className="aspect-square w-full bg-surface object-cover" />;
}

/**
 * A carousel without JavaScript: the images side by side in a scroll-snapping
 * row (swipe or scroll), numbered links that page to each one (anchors), and
 * the count on top. On paper only the first image is printed.
 */
function Carousel({ sample }: { sample: PublicSample }) {
  const t = useTranslations("publicPage.reading.carousel");
  const count = sample.media.length;
  const slideId = (index: number) => `sample-${sample.id}-image-${index + 1}`;
  return (
    <div className="relative" data-carousel={count}>
      {/* Focusable, so a keyboard can scroll the row too (axe: scrollable-region-focusable). */}
      <ul
        aria-label={t("label", { title: quotable(sample.title) })}
        tabIndex={0}
        className="flex snap-x snap-mandatory overflow-x-auto overscroll-x-contain bg-surface [scrollbar-width:none] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        {sample.media.map((image, index) => (
          <li key={image.id} id={slideId(index)} className={index === 0 ? "w-full shrink-0 snap-center" : "w-full shrink-0 snap-center print:hidden"}>
            <SampleImage image={image} />
          </li>
        ))}
      </ul>
      <span className="absolute top-2 right-2 inline-flex items-center gap-1 rounded-full bg-black/75 px-2 py-0.5 text-xs font-medium text-white tabular">
        {t("count", { count })}
      </span>
      <ol className="flex justify-center gap-1 py-1.5 print:hidden">
        {sample.media.map((image, index) => (
          <li key={image.id}>
            <a
              href={`#${slideId(index)}`}
              aria-label={t("slide", { index: index + 1, count })}
              className="grid size-7 place-items-center rounded-full text-xs text-muted tabular hover:bg-surface hover:text-fg"
            >
              {index + 1}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function SampleCard({ sample, headingLevel = 4 }: { sample: PublicSample; headingLevel?: 3 | 4 }) {
  const t = useTranslations("publicPage.samples");
  const tl = useTranslations("platforms");
  const tm = useTranslations("metrics.figures");
  const tf = useTranslations("metrics.formulas");
  const locale = useLocale();
  const image = sample.media[0];
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const numbers = numberOrder.filter((key) => sample.numbers[key] !== undefined);
  return (
    <article id={`sample-${sample.id}`} className="flex h-full min-w-0 scroll-mt-20 flex-col overflow-hidden rounded-card border border-border bg-bg break-inside-avoid">
      {sample.media.length > 1 ? <Carousel sample={sample} /> : image && <SampleImage image={image} />}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <div className="flex flex-wrap items-center gap-1.5">
          <PlatformTag platform={sample.platform} />
          <span className="rounded-md bg-surface px-1.5 py-0.5 text-xs text-fg ring-1 ring-border">{tl(`formats.${sample.format}`)}</span>
          <WorkBadge kind={sample.workKind} />
        </div>
        <Heading className="font-semibold text-balance">{sample.title}</Heading>
        <ClientLine client={sample.client} />
        {sample.postedAt && <p className="text-xs text-muted">{t("posted", { date: formatDay(sample.postedAt, locale) })}</p>}
        {sample.caption && <p className="line-clamp-3 text-sm leading-relaxed text-fg whitespace-pre-line [overflow-wrap:anywhere]">{excerpt(sample.caption)}</p>}
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
          <MoreLink href={sample.url} external label={t("openOriginal")} named={t("openOriginalNamed", { title: quotable(sample.title), platform: tl(`names.${sample.platform}`) })} />
        )}
      </div>
    </article>
  );
}

/**
 * The samples as one compact grid. A platform filter that needs no
 * JavaScript: radio buttons, and CSS (`:has()`) hides the other platforms'
 * cards. The first SAMPLES_SHOWN cards show; "Show all" (a checkbox, CSS
 * again) reveals the rest, and so does choosing a platform.
 */
export function SamplesSection({ samples }: { samples: PublicSample[] }) {
  const t = useTranslations("publicPage.samples");
  const tr = useTranslations("publicPage.reading");
  const tp = useTranslations("publicPage");
  const tl = useTranslations("platforms");
  const platforms = platformValues
    .map((platform) => ({ platform, count: samples.filter((sample) => sample.platform === platform).length }))
    .filter((group) => group.count > 0);
  const more = samples.length - SAMPLES_SHOWN;
  const rules = [
    ...platforms.map(
      ({ platform }) =>
        // !important: the reveal rule below (an id in :has) must not bring back another platform's cards.
        `[data-samples]:has(input[name=sample-platform][value=${platform}]:checked) [data-sample-platform]:not([data-sample-platform=${platform}]){display:none!important}`,
    ),
    // A chosen platform or "Show all" shows the cards past the first ones.
    "[data-samples]:is(:has(#samples-show-all:checked),:has(input[name=sample-platform]:not([value=all]):checked)) [data-sample-more]{display:block}",
    "[data-samples]:has(input[name=sample-platform]:not([value=all]):checked) [data-show-all]{display:none}",
    "[data-samples] label:has(input:checked){background:var(--color-fg);color:var(--color-bg);border-color:var(--color-fg)}",
    "[data-samples] label:has(input:focus-visible){outline:2px solid var(--color-accent);outline-offset:2px}",
    "#samples-show-all:checked+span [data-when=closed],#samples-show-all:not(:checked)+span [data-when=open]{display:none}",
  ].join("");
  const chip = "inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-border bg-bg px-3 py-1 text-sm hover:bg-surface";
  return (
    <div className="grid gap-4" data-samples="">
      <style>{rules}</style>
      {platforms.length > 1 && (
        <fieldset className="print:hidden">
          <legend className="sr-only">{tr("filter.label")}</legend>
          <div className="flex flex-wrap gap-2">
            <label className={chip}>
              <input type="radio" name="sample-platform" value="all" defaultChecked className="sr-only" />
              {tr("filter.all")}
              <span className="text-xs opacity-80 tabular">{samples.length}</span>
            </label>
            {platforms.map(({ platform, count }) => (
              <label key={platform} className={chip}>
                <input type="radio" name="sample-platform" value={platform} className="sr-only" />
                {tl(`names.${platform}`)}
                <span className="text-xs opacity-80 tabular">
                  {count}
                  <span className="sr-only"> {t("count", { count })}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {samples.map((sample, index) => (
          <li
            key={sample.id}
            data-sample-platform={sample.platform}
            data-sample-more={index >= SAMPLES_SHOWN_PHONE ? "" : undefined}
            className={index >= SAMPLES_SHOWN ? "hidden" : index >= SAMPLES_SHOWN_PHONE ? "max-sm:hidden" : undefined}
          >
            <SampleCard sample={sample} headingLevel={3} />
          </li>
        ))}
      </ul>
      {samples.length > SAMPLES_SHOWN_PHONE && (
        <p data-show-all="" className={more > 0 ? "print:hidden" : "sm:hidden print:hidden"}>
          <label className={`${chip} font-medium`}>
            <input type="checkbox" id="samples-show-all" className="sr-only" />
            <span>
              <span data-when="closed">{tr("showAllNamed", { count: samples.length, section: tp("sections.samples").toLowerCase() })}</span>
              <span data-when="open">{tr("showFewer")}</span>
            </span>
          </label>
        </p>
      )}
      <MoreOnline hidden={Math.max(0, more)} />
    </div>
  );
}
