import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unstable_cache } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { PortfolioNotFound } from "./not-found";
import { ReadingDocument } from "./reading-document";
import { readingCopyTagHeaders } from "@/lib/cache/reading-copies";
import { pack, unpack } from "@/lib/packed-cache";
import { getPublicPortfolio, publicPortfolioTags, withPublicPortfolio } from "@/lib/public/data";
import { withPageLocale } from "@/lib/i18n/page-locale";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { resolveServerTree, runtimeRequire } from "@/lib/public/flight";

// Reading pages (/<handle>, /s/<token> and their sub-pages) are route handlers
// that render the same server components to plain HTML: no client runtime, no
// hydration payload, nothing to boot on a phone. It is what Next does for a
// page minus the scripts: the components render to a Flight stream in this
// server layer (server components, next-intl, React.cache work as in a page),
// and React DOM's server renderer turns that tree into static markup.
//
// React DOM's server renderer is refused in the server layer's bundle (there
// `react` is the server build), so it is loaded at run time with Node's own
// require from node_modules, with its own `react`: the Flight client hands it
// plain elements (host tags, strings), which any React renders. That is also
// why a reading page must contain no client component (lucide-react's icons
// are: the pages use components/ui/sprite-icon.tsx) and no server action
// (the contact form posts to /api/contact).

type StaticRenderer = { renderToStaticMarkup(node: unknown): string };

export type LayoutAssets = { stylesheets: string[]; fontClass?: string; fontPreload?: string };

let assets: LayoutAssets | undefined;

function distDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
}

/** The root layout's CSS files (Tailwind's one file), as the build's manifest names them for the App Router pages. */
function layoutStylesheets(): string[] {
  try {
    const manifest = readFileSync(path.join(distDir(), "server/app/page_client-reference-manifest.js"), "utf8");
    const entry = /"\[project\]\/app\/layout":(\[[^\]]*\])/.exec(manifest);
    if (entry) return (JSON.parse(entry[1]!) as { path: string }[]).map((file) => `/_next/${file.path}`);
  } catch {
    // No manifest yet (development): the CSS files of the build below.
  }
  try {
    return readdirSync(path.join(distDir(), "static/chunks"))
      .filter((name) => name.endsWith(".css"))
      .map((name) => `/_next/static/chunks/${name}`);
  } catch {
    return [];
  }
}

/**
 * The layout's stylesheets and its Inter font (both subsets). next/font cannot be used in a
 * route handler (its import is dropped from the bundle), but the layout's CSS
 * already holds the font's @font-face and the class that sets --font-inter:
 * both are read from that file, so reading pages look (and print) as before.
 */
export function layoutAssets(): LayoutAssets {
  if (assets) return assets;
  const stylesheets = layoutStylesheets();
  const found: LayoutAssets = { stylesheets };
  for (const href of stylesheets) {
    try {
      const css = readFileSync(path.join(distDir(), href.replace(/^\/_next\//, "")), "utf8");
      // Both of Inter's subsets (app/layout.tsx): the Latvian letters are in the second.
      const classes = [...css.matchAll(/\.([\w-]+)\{--font-inter(?:-ext)?:/g)].map((match) => match[1]!);
      if (classes.length) found.fontClass ??= [...new Set(classes)].join(" ");
      const file = /@font-face\{font-family:[^;{}]*;src:url\(([^)]+\.woff2)\)/.exec(css)?.[1];
      if (file) found.fontPreload ??= new URL(file, `http://app${href}`).pathname;
    } catch {
      // Unreadable: the page falls back to the system font.
    }
  }
  assets = found;
  return assets;
}

/** A React tree of server components as a complete static HTML document (no scripts but the ones it renders itself). */
export async function renderStaticHtml(tree: React.ReactNode): Promise<string> {
  const element = await resolveServerTree(tree);
  const renderer = runtimeRequire("react-dom/server.node") as StaticRenderer;
  return `<!DOCTYPE html>${renderer.renderToStaticMarkup(element)}`;
}

/**
 * A reading page's document: its <head> from `metadata`, `body` inside the app's stylesheet and font.
 * With `locale`, rendered in that page language (routes not already inside withPageLocale).
 */
export async function renderReadingPage(metadata: Metadata, body: React.ReactNode, locale?: Locale): Promise<string> {
  if (locale) return withPageLocale(locale, () => renderReadingPage(metadata, body));
  return renderStaticHtml(
    <ReadingDocument lang={await getLocale()} metadata={metadata} assets={layoutAssets()}>
      {body}
    </ReadingDocument>,
  );
}

/**
 * A public reading page's caching: browsers revalidate every time (the server's
 * copy is invalidated by tag the moment the owner saves, and must show at once);
 * a shared cache in front (deploy/nginx.conf's front cache, a CDN) may keep it
 * one second, so a flood of readers is answered there without reaching Node,
 * and an owner's change reaches every visitor within about a second.
 */
export const PUBLIC_READING_CACHE_CONTROL = "public, max-age=0, s-maxage=1, must-revalidate";

/** The HTTP answer of a reading page (public unless `headers` say otherwise, as share and contact pages do). */
export function htmlResponse(html: string, { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": PUBLIC_READING_CACHE_CONTROL,
      ...headers,
    },
  });
}

/** A rendered reading page, or (with `location`) a permanent redirect: a renamed case study's old slug. */
export type RenderedPage = { status: number; html: string; location?: string };

/** A 308 to `location` (a renamed case study's current URL), kept like a page under the same tags. */
export function permanentRedirectPage(location: string): RenderedPage {
  return { status: 308, html: "", location };
}

export function redirectResponse(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 308, headers: { ...headers, Location: location } });
}

/** The visitor's "not found" (missing, draft and unlisted look the same), as a reading page. */
export async function notFoundPage(): Promise<RenderedPage> {
  const t = await getTranslations("publicPage.notFound");
  return { status: 404, html: await renderReadingPage({ title: t("title"), robots: { index: false } }, <PortfolioNotFound />) };
}

/**
 * A public reading page of `/<handle>` rendered once and kept in Next's data
 * cache under the portfolio's tags, so every owner change (revalidatePublicPage)
 * or handle change renders it again on the next request. The routes also sit
 * in the full-route cache (their `revalidate`): a hit there skips this handler
 * altogether and says `x-nextjs-cache: HIT`; a miss still finds the HTML here
 * when only the route entry was dropped. A render in flight when the owner
 * saves stores the old page after the invalidation: the tags' settle twins
 * (lib/cache/expire.ts) drop it 5 s later, the 60 seconds are the last bound.
 */
export async function cachedReadingPage(handle: string, page: string, render: () => Promise<RenderedPage>): Promise<Response> {
  const tags = await publicPortfolioTags(handle);
  // No such handle: the same not-found a draft's handle gets (below), in the default page language, never the
  // visitor's: it is cached and served to everyone, and must not tell a missing handle from a draft one.
  if (!tags.length) return htmlResponse((await withPageLocale(defaultLocale, notFoundPage)).html, { status: 404 });
  // The page speaks its portfolio's page language (lib/i18n/page-locale.ts); the read is the render's own, cached.
  // The render's own read (getPublicPortfolio) answers with this one: one read per uncached render.
  const portfolio = await getPublicPortfolio(handle);
  const locale = portfolio?.pageLocale ?? defaultLocale;
  // Packed: a large portfolio's HTML is over the data cache's 2 MB item limit as it is (lib/packed-cache.ts).
  const packed = await withPageLocale(locale, () =>
    withPublicPortfolio(handle, portfolio, () =>
      unstable_cache(async () => pack(await render()), ["reading-page-packed", tags.join(" "), page], { tags, revalidate: 60 })(),
    ),
  );
  const { status, html, location } = unpack(packed);
  if (location) return redirectResponse(location, { "Cache-Control": PUBLIC_READING_CACHE_CONTROL });
  // The server's one-second copy of this page goes only with a change to one of its tags (lib/cache/reading-copies.ts).
  return htmlResponse(html, { status, headers: readingCopyTagHeaders(tags) });
}
