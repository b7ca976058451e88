import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import { ogLocales, type Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import type { PublicCaseStudy, PublicDocument, PublicPortfolio } from "@/lib/public/types";
import { OG_IMAGE_SIZE, caseStudyCard, cardVersion, portfolioCard } from "./card";
import { absoluteUrl, siteHost } from "@/lib/site";

// <head> of the public pages: title, description, canonical URL, Open Graph and
// Twitter card tags pointing at the generated preview image (versioned by its
// content), and the ProfilePage JSON-LD.

/**
 * A page under a share link (/s/<token>/...): a private address, so never indexed or cached by search engines, and
 * sent with no referrer beyond the site (the token must not leak to the sites the page links to).
 */
export function sharedLinkMetadata(title: string): Metadata {
  return { title, robots: { index: false, follow: false, nocache: true }, referrer: "same-origin" };
}

export function portfolioPath(handle: string): string {
  return `/${handle}`;
}

export function caseStudyPath(handle: string, slug: string): string {
  return `/${handle}/case-studies/${slug}`;
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "seo" });
}

function clip(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

function nameParts(displayName: string): { firstName?: string; lastName?: string } {
  const parts = displayName.trim().split(/\s+/);
  return parts.length > 1 ? { firstName: parts.slice(0, -1).join(" "), lastName: parts.at(-1) } : { firstName: parts[0] };
}

type CardImage = { url: string; width: number; height: number; alt: string };

/** The preview image of the page at `url`, versioned by the card's content so a changed card is fetched again. */
function cardImage(url: string, card: Parameters<typeof cardVersion>[0], alt: string): CardImage {
  return { url: `${url}/og.png?v=${cardVersion(card)}`, ...OG_IMAGE_SIZE, alt };
}

/** A public page with a preview card: canonical URL, Open Graph (its type and own fields in `openGraph`) and Twitter. */
function cardMetadata(
  portfolio: PublicPortfolio,
  page: { url: string; title: string; description: string | undefined; image: CardImage },
  openGraph: { type: "profile"; username: string; firstName?: string; lastName?: string } | { type: "article"; authors: string[] },
): Metadata {
  const { url, title, description, image } = page;
  const { type, ...own } = openGraph;
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url },
    openGraph: { type, url, title, description, siteName: "Postfolio", locale: ogLocales[portfolio.pageLocale], ...own, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export function portfolioMetadata(portfolio: PublicPortfolio): Metadata {
  const url = portfolioPath(portfolio.handle);
  const t = translator(portfolio.pageLocale);
  const card = portfolioCard(portfolio, siteHost());
  const title = t("portfolioTitle", { name: portfolio.displayName });
  const description = clip(portfolio.headline || portfolio.bio) || t("portfolioDescription", { name: portfolio.displayName });
  const image = cardImage(
    url,
    card,
    portfolio.headline ? t("imageAlt", { name: portfolio.displayName, headline: clip(portfolio.headline, 120) }) : portfolio.displayName,
  );
  return cardMetadata(portfolio, { url, title, description, image }, { type: "profile", username: portfolio.handle, ...nameParts(portfolio.displayName) });
}

export function caseStudyMetadata(portfolio: PublicPortfolio, study: PublicCaseStudy): Metadata {
  const url = caseStudyPath(portfolio.handle, study.slug);
  const t = translator(portfolio.pageLocale);
  const card = caseStudyCard(portfolio, study, siteHost());
  const title = `${study.title} · ${portfolio.displayName}`;
  const description = clip(markdownToPlainText(study.challenge || study.results)) || clip(portfolio.headline) || undefined;
  const image = cardImage(url, card, t("caseStudyImageAlt", { name: portfolio.displayName, title: study.title }));
  return cardMetadata(portfolio, { url, title, description, image }, { type: "article", authors: [absoluteUrl(portfolioPath(portfolio.handle))] });
}

/**
 * A document page's <head>: its title and description are the owner's words; what the page says about itself
 * (og:locale) follows the portfolio's page language, like the rest of the cached page.
 */
export function documentMetadata(portfolio: PublicPortfolio, document: PublicDocument): Metadata {
  const url = `${portfolioPath(portfolio.handle)}/documents/${document.id}`;
  const title = `${document.title} · ${portfolio.displayName}`;
  const description = clip(document.summary, 160) || undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", url, title, description, siteName: "Postfolio", locale: ogLocales[portfolio.pageLocale] },
  };
}

type JsonLd = Record<string, unknown>;

/** schema.org ProfilePage with its Person: what search engines show for a person's page. */
export function profilePageJsonLd(portfolio: PublicPortfolio): JsonLd {
  const url = absoluteUrl(portfolioPath(portfolio.handle));
  const sameAs = [...portfolio.profileLinks.map((link) => link.url), ...(portfolio.website ? [portfolio.website] : [])];
  const person: JsonLd = {
    "@type": "Person",
    name: portfolio.displayName,
    alternateName: `@${portfolio.handle}`,
    url,
    ...(portfolio.headline ? { description: portfolio.headline, jobTitle: portfolio.headline } : {}),
    ...(portfolio.avatar ? { image: absoluteUrl(portfolio.avatar.url) } : {}),
    ...(portfolio.location ? { homeLocation: { "@type": "Place", name: portfolio.location } } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(portfolio.skills.length ? { knowsAbout: portfolio.skills.map((skill) => skill.name) } : {}),
    ...(portfolio.certifications.length
      ? {
          hasCredential: portfolio.certifications.map((cert) => ({
            "@type": "EducationalOccupationalCredential",
            name: cert.name,
            ...(cert.issuer ? { recognizedBy: { "@type": "Organization", name: cert.issuer } } : {}),
            ...(cert.verifyUrl ? { url: cert.verifyUrl } : {}),
          })),
        }
      : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    ...(portfolio.publishedAt ? { datePublished: portfolio.publishedAt } : {}),
    dateModified: portfolio.updatedAt,
    inLanguage: portfolio.pageLocale,
    mainEntity: person,
  };
}

/** JSON for a <script> element: "<" escaped so no string in it can close the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
