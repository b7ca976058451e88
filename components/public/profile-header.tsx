import { Icon } from "@/components/ui/sprite-icon";
import { useTranslations } from "next-intl";
import { Markdown } from "@/components/markdown/markdown";
import type { PublicPortfolio } from "@/lib/public/types";
import { PlatformTags } from "./platform-tag";

/** The bio, under the featured strip: on a phone the header and the work come first. */
export function ProfileBio({ portfolio }: { portfolio: PublicPortfolio }) {
  if (!portfolio.bio) return null;
  return (
    <div className="mx-auto max-w-5xl px-4 pt-8 sm:px-6 sm:pt-10">
      <Markdown source={portfolio.bio} className="max-w-prose text-base" />
    </div>
  );
}

/**
 * Photo, name, headline, location, platforms, open-to-work, the contact button
 * and (given `pdfHref`) "Download PDF". Compact on phones, so that the featured
 * strip under it is still above the fold at 375 px.
 */
export function ProfileHeader({ portfolio, pdfHref }: { portfolio: PublicPortfolio; pdfHref?: string }) {
  const t = useTranslations("publicPage.header");
  const tl = useTranslations("platforms");
  const contactHref = portfolio.contactEmail ? `mailto:${portfolio.contactEmail}` : "#contact";
  return (
    <div className="grid gap-6">
      {/* On a phone the details under the photo and name use the full width. */}
      <div className={`grid items-start gap-x-4 gap-y-3 sm:gap-x-5 ${portfolio.avatar ? "grid-cols-[auto_minmax(0,1fr)]" : "grid-cols-1"}`}>
        {portfolio.avatar && (
          // eslint-disable-next-line @next/next/no-img-element -- served by our media route
          <img
            src={portfolio.avatar.thumbUrl}
            alt={portfolio.avatar.alt || t("photoAlt", { name: portfolio.displayName })}
            width={112}
            height={112}
            fetchPriority="high"
            className="size-14 shrink-0 rounded-full border border-border bg-surface object-cover sm:row-span-2 sm:size-28"
          />
        )}
        <div className="grid min-w-0 gap-2 sm:gap-3">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-4xl">{portfolio.displayName}</h1>
            {portfolio.openToWork && (
              <span className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2.5 py-0.5 text-sm font-medium text-accent ring-1 ring-accent/30">
                <Icon name="sparkles" className="size-3.5" />
                {t("openToWork")}
              </span>
            )}
          </div>
          {portfolio.headline && <p className="text-base text-fg text-pretty sm:text-lg">{portfolio.headline}</p>}
        </div>
        <div className={`grid min-w-0 gap-2 sm:gap-3 ${portfolio.avatar ? "col-span-2 sm:col-span-1 sm:col-start-2" : ""}`}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            {portfolio.location && (
              <li className="inline-flex items-center gap-1.5">
                <Icon name="map-pin" className="size-4" />
                <span className="sr-only">{t("location")}: </span>
                {portfolio.location}
              </li>
            )}
            {portfolio.targetIndustry && <li>{t("focus", { industry: portfolio.targetIndustry })}</li>}
            {portfolio.website && (
              <li>
                <a href={portfolio.website} rel="noopener noreferrer nofollow me" className="inline-flex items-center gap-1.5 underline-offset-2 hover:text-fg hover:underline">
                  <Icon name="globe" className="size-4" />
                  {t("website")}
                </a>
              </li>
            )}
            {portfolio.profileLinks.map((link) => (
              <li key={link.platform}>
                <a href={link.url} rel="noopener noreferrer nofollow me" className="underline-offset-2 hover:text-fg hover:underline">
                  {t("profileOn", { platform: tl(`names.${link.platform}`) })}
                </a>
              </li>
            ))}
          </ul>
          <div className="max-sm:hidden">
            <PlatformTags platforms={portfolio.platforms} label={t("platforms")} />
          </div>
          <div className="flex flex-wrap gap-2 pt-1 print:hidden" data-print-hide="">
            <a
              href={contactHref}
              className="inline-flex h-9 items-center gap-2 rounded-lg bg-accent px-3 text-sm font-medium text-accent-fg hover:opacity-90 sm:h-10 sm:px-4"
            >
              <Icon name="mail" className="size-4" />
              {t("contact", { name: portfolio.displayName })}
            </a>
            {pdfHref && (
              // A plain download link: works without JavaScript; the server prints the page.
              <a
                href={pdfHref}
                download
                className="inline-flex h-9 items-center gap-2 rounded-lg border border-border bg-bg px-3 text-sm font-medium text-fg hover:bg-surface sm:h-10 sm:px-4"
              >
                <Icon name="download" className="size-4" />
                {t("downloadPdf")}
              </a>
            )}
          </div>
          {portfolio.contactEmail && <p className="hidden text-sm print:block">{portfolio.contactEmail}</p>}
        </div>
      </div>
    </div>
  );
}
