import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db/client";
import { configuredOrigin } from "@/lib/site";
import { messagesFor } from "@/lib/i18n/messages";
import { userLocale } from "@/lib/i18n/data";
import { notifyOwner } from "@/lib/mail/notify";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { resolveShareLink } from "@/lib/sharing/data";
import { countryFromHeaders, deviceClass, isBot, isPrefetch, referrerHost } from "./request-filter";
import { parseViewTarget } from "./target";
import type { RecordOutcome, ViewRequest, ViewSource } from "./types";
import { dailySalt, hashVisitor } from "./visitor";

/** One view per visitor, page and source (public page or link) in 30 minutes: reloads are not new views. */
export const repeatViewRule: RateLimitRule = { limit: 1, windowMs: 30 * 60_000 };
/** At most 30 counted views per IP in 15 minutes (a script varying its user agent is many "visitors"). */
export const viewsPerIpRule: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };

type Resolved =
  | { ok: true; portfolioId: string; ownerId: string; link: { id: string; recipientName: string; company: string } | null }
  | { ok: false; reason: "not-found" | "inactive" };

async function resolveSource(source: ViewSource, now: Date): Promise<Resolved> {
  if (source.token !== undefined) {
    const share = await resolveShareLink(source.token, now);
    if (share.status === "not-found") return { ok: false, reason: "not-found" };
    if (share.status === "inactive") return { ok: false, reason: "inactive" };
    return {
      ok: true,
      portfolioId: share.portfolio.id,
      ownerId: share.portfolio.userId,
      link: { id: share.link.id, recipientName: share.link.recipientName, company: share.link.company },
    };
  }
  // By handle only a PUBLIC portfolio: an UNLISTED one's /<handle> is a 404, so such "views" are made up.
  const portfolio = await db().portfolio.findFirst({
    where: { user: { handle: source.handle.toLowerCase() }, visibility: "PUBLIC" },
    select: { id: true, userId: true },
  });
  if (!portfolio) return { ok: false, reason: "not-found" };
  return { ok: true, portfolioId: portfolio.id, ownerId: portfolio.userId, link: null };
}

/**
 * Counts one view of the public page or a share link, unless it came from a
 * crawler, a prefetch or the owner. Stores the referrer's host, the country
 * from an edge header, the device class and a salted visitor hash (never the
 * IP). A link's first view notifies the owner. Repeats of the same page by
 * the same visitor within 30 minutes, and views past 30 per IP in 15 minutes,
 * are not counted, so scripted hits cannot inflate the owner's analytics.
 * Both limits live in the RateLimit table under salted hashes, not raw IPs.
 */
export async function recordView(source: ViewSource, rawTarget: string | null, request: ViewRequest): Promise<RecordOutcome> {
  const now = request.now ?? new Date();
  const userAgent = request.headers.get("user-agent") ?? "";
  if (isBot(userAgent)) return { counted: false, reason: "bot" };
  if (isPrefetch(request.headers)) return { counted: false, reason: "prefetch" };
  const target = parseViewTarget(rawTarget);
  if (!target) return { counted: false, reason: "bad-target" };

  const resolved = await resolveSource(source, now);
  if (!resolved.ok) return { counted: false, reason: resolved.reason };
  if (request.viewerUserId && request.viewerUserId === resolved.ownerId) return { counted: false, reason: "owner" };

  const salt = await dailySalt(now);
  const visitor = hashVisitor(salt, request.ip, userAgent);
  const [repeat, perIp] = await Promise.all([
    hitRateLimit(`views:seen:${resolved.portfolioId}:${resolved.link?.id ?? "public"}:${target}:${visitor}`, repeatViewRule, now),
    hitRateLimit(`views:ip:${hashVisitor(salt, request.ip, "")}`, viewsPerIpRule, now),
  ]);
  if (!repeat.allowed) return { counted: false, reason: "repeat" };
  if (!perIp.allowed) return { counted: false, reason: "rate-limited" };

  const view = await db().pageView.create({
    data: {
      portfolioId: resolved.portfolioId,
      shareLinkId: resolved.link?.id ?? null,
      target,
      referrerHost: referrerHost(request.referrer, request.headers.get("host")),
      country: countryFromHeaders(request.headers),
      device: deviceClass(userAgent),
      visitorHash: visitor,
      createdAt: now,
    },
    select: { id: true },
  });

  let firstOpenOfLink = false;
  if (resolved.link) {
    // Only one concurrent first view can flip firstViewedAt from null.
    const [first] = await db().$transaction([
      db().shareLink.updateMany({ where: { id: resolved.link.id, firstViewedAt: null }, data: { firstViewedAt: now } }),
      db().shareLink.update({ where: { id: resolved.link.id }, data: { viewCount: { increment: 1 }, lastViewedAt: now } }),
    ]);
    firstOpenOfLink = first.count === 1;
    if (firstOpenOfLink) await notifyLinkOpened(resolved.ownerId, resolved.link, now);
  }
  return { counted: true, viewId: view.id, firstOpenOfLink };
}

/** "Jane at Acme opened your portfolio": an email when SMTP is set up, a dashboard notice otherwise. */
async function notifyLinkOpened(ownerId: string, link: { id: string; recipientName: string; company: string }, now: Date) {
  await notifyOwner({
    userId: ownerId,
    kind: "link-opened",
    payload: { linkId: link.id, recipientName: link.recipientName, company: link.company, openedAt: now.toISOString() },
    email: async () => {
      // In the recipient's language (account settings).
      const locale = await userLocale(ownerId);
      const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "sharing.mail" });
      const who = link.company ? t("recipientAtCompany", { name: link.recipientName, company: link.company }) : link.recipientName;
      const base = configuredOrigin() ?? "";
      return {
        subject: t("openedSubject", { who }),
        text: t("openedBody", { who, url: `${base}/dashboard/sharing` }),
      };
    },
  });
}
