import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { withSettle } from "@/lib/cache/expire";
import { pack, unpack } from "@/lib/packed-cache";
import { db } from "@/lib/db/client";
import { portfolioTag } from "@/lib/portfolio/mutations";
import { toPublicPortfolio } from "./map";
import { publicPortfolioSelect } from "./select";
import type { PublicCaseStudy, PublicPortfolio } from "./types";
import { handleTag } from "./tags";

export { handleTag, revalidateHandle } from "./tags";

/** Handles are stored lower-case; URLs may not be. */
function normalizeHandle(handle: string): string {
  return decodeURIComponent(handle).trim().toLowerCase();
}

/** The account behind a handle (tagged `handle:<handle>`, so a handle change or sign-up shows at once). */
function cachedUserId(handle: string): Promise<string | null> {
  return unstable_cache(
    async () => (await db().user.findUnique({ where: { handle }, select: { id: true } }))?.id ?? null,
    ["public-handle", handle],
    { tags: withSettle([handleTag(handle)]) },
  )();
}

/**
 * Loads and maps a portfolio in ONE query (nested selects, joined). Visibility
 * is the caller's rule: `publicOnly` returns null for DRAFT and UNLISTED.
 */
export async function loadPublicPortfolio(
  where: { userId: string; handle?: string } | { userId?: string; handle: string },
  { publicOnly }: { publicOnly: boolean },
): Promise<PublicPortfolio | null> {
  const row = await db().portfolio.findFirst({
    where: {
      ...(where.userId !== undefined ? { userId: where.userId } : {}),
      ...(where.handle !== undefined ? { user: { handle: where.handle } } : {}),
    },
    select: publicPortfolioSelect,
  });
  if (!row) return null;
  if (publicOnly && row.visibility !== "PUBLIC") return null;
  return toPublicPortfolio(row);
}

/**
 * The portfolio a visitor sees at `/<handle>`, or null (missing, draft or
 * unlisted). Cached in Next's data cache and tagged `portfolio:<userId>` and
 * `handle:<handle>`: every editor write (revalidatePublicPage) and handle change
 * (revalidateHandle) makes the next request reload it. Only the mapped view is
 * cached, so the cache never holds a confidential client's name.
 */
export function getPublicPortfolio(handle: string): Promise<PublicPortfolio | null> {
  const first = readFirst.getStore();
  if (first && first.handle === normalizeHandle(handle)) return Promise.resolve(first.portfolio);
  return publicPortfolioPerRequest(handle);
}

// A reading page's route handler reads the portfolio once, before its render, for the page language; React's
// cache() does not memoise outside a React render and unstable_cache does not yet hold a first miss's answer,
// so without this the render read it again (npm run bench counted 4 queries per uncached render instead of 3).
const readFirst = new AsyncLocalStorage<{ handle: string; portfolio: PublicPortfolio | null }>();

/** Runs `render` with `handle`'s portfolio already read: getPublicPortfolio(handle) inside answers with it. */
export function withPublicPortfolio<T>(handle: string, portfolio: PublicPortfolio | null, render: () => T): T {
  return readFirst.run({ handle: normalizeHandle(handle), portfolio }, render);
}

// generateMetadata and the page both ask for the portfolio while rendering, and
// unstable_cache does not merge concurrent misses: without this one uncached
// render ran both queries twice (npm run bench counted 4).
const publicPortfolioPerRequest = cache(async (handle: string): Promise<PublicPortfolio | null> => {
  const normalized = normalizeHandle(handle);
  if (!/^[a-z0-9-]{1,64}$/.test(normalized)) return null;
  const userId = await cachedUserId(normalized);
  if (!userId) return null;
  const packed = await unstable_cache(
    // Both in the where: a stale handle → user entry must never serve someone else's page.
    // Packed: a 1,000-item read model is over the data cache's 2 MB item limit as it is (lib/packed-cache.ts).
    async () => pack(await loadPublicPortfolio({ userId, handle: normalized }, { publicOnly: true })),
    ["public-portfolio-packed", userId, normalized],
    { tags: withSettle([portfolioTag(userId), handleTag(normalized)]) },
  )();
  return unpack(packed);
});

/**
 * The tags of a handle's public view, for caches built on it (the rendered
 * reading pages, components/public/static-html.tsx): the same `portfolio:<userId>` and
 * `handle:<handle>` as the read, so one revalidatePublicPage expires both.
 */
export async function publicPortfolioTags(handle: string): Promise<string[]> {
  const normalized = normalizeHandle(handle);
  if (!/^[a-z0-9-]{1,64}$/.test(normalized)) return [];
  const userId = await cachedUserId(normalized);
  return withSettle(userId ? [portfolioTag(userId), handleTag(normalized)] : [handleTag(normalized)]);
}

/** A case study at `/<handle>/case-studies/<slug>` with its portfolio, or null (same visibility rule as the page). */
export async function getPublicCaseStudy(handle: string, slug: string): Promise<{ portfolio: PublicPortfolio; study: PublicCaseStudy } | null> {
  const portfolio = await getPublicPortfolio(handle);
  const study = portfolio ? findCaseStudy(portfolio, slug) : undefined;
  return portfolio && study ? { portfolio, study } : null;
}

/** The case study with this (visitor) slug in a mapped view. */
export function findCaseStudy(portfolio: PublicPortfolio, slug: string): PublicCaseStudy | undefined {
  const wanted = decodeURIComponent(slug);
  return portfolio.caseStudies.find((item) => item.slug === wanted);
}

/**
 * Where a renamed case study's old slug leads now (its current slug), or null.
 * Only safe old slugs are in the view (lib/public/map.ts), so an old slug that
 * named a confidential client answers 404 like one that never existed.
 */
export function renamedCaseStudySlug(portfolio: PublicPortfolio, slug: string): string | null {
  const wanted = decodeURIComponent(slug);
  if (findCaseStudy(portfolio, wanted)) return null;
  return portfolio.caseStudies.find((item) => item.previousSlugs?.includes(wanted))?.slug ?? null;
}

/** The owner's own portfolio as visitors would see it, whatever its visibility (for /dashboard/preview). Not cached. */
export async function getPreviewPortfolio(userId: string): Promise<PublicPortfolio | null> {
  return loadPublicPortfolio({ userId }, { publicOnly: false });
}
