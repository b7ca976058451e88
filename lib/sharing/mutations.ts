import "server-only";
import { revalidateTag } from "next/cache";
import { forgetReadingCopies } from "@/lib/cache/reading-copies";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { answerWithoutRerender } from "@/lib/portfolio/mutations";
import { visibleSections } from "@/lib/sections";
import { expiryInstant, type CreateShareLink, type UpdateShareLink } from "./schema";
import { shareLinkTag } from "./status";
import { generateShareToken } from "./token";

/**
 * Nothing to re-render in the action's answer (#19): the sharing forms get the
 * link back and call `router.refresh()` themselves, which reads the list and
 * the dashboard layout's nav badges afresh. `revalidatePath("/dashboard",
 * "layout")` here made every answer carry the whole re-rendered page.
 */
function revalidateSharing(): void {
  answerWithoutRerender();
}

async function ownPortfolio(userId: string) {
  const portfolio = await db().portfolio.findFirst({ where: { userId }, select: { id: true, sectionOrder: true, hiddenSections: true } });
  if (!portfolio) throw notFound();
  return portfolio;
}

/** Creates a link with a fresh token; choosing every visible section is stored as "all" ([]). */
export async function createShareLink(userId: string, input: CreateShareLink) {
  const portfolio = await ownPortfolio(userId);
  const everything = visibleSections(portfolio.sectionOrder, portfolio.hiddenSections);
  const chosen = everything.filter((key) => input.sections.includes(key));
  const sections = chosen.length === everything.length ? [] : input.sections;
  for (let attempt = 0; ; attempt++) {
    try {
      const link = await db().shareLink.create({
        data: {
          portfolioId: portfolio.id,
          token: generateShareToken(),
          recipientName: input.recipientName,
          company: input.company,
          note: input.note,
          expiresAt: input.expiresAt ? expiryInstant(input.expiresAt) : null,
          sections,
          anonymizeAll: input.anonymizeAll,
        },
      });
      revalidateSharing();
      return link;
    } catch (error) {
      // A token collision at 192 bits is practically impossible; retry once anyway rather than fail.
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!collision || attempt >= 2) throw error;
    }
  }
}

/** Renames a link (recipient, company, note); someone else's link is NOT_FOUND. */
export async function updateShareLink(userId: string, input: UpdateShareLink) {
  const { count } = await db().shareLink.updateMany({
    where: { id: input.id, portfolio: { userId } },
    data: { recipientName: input.recipientName, company: input.company, note: input.note },
  });
  if (count === 0) throw notFound();
  // The link's pages greet the recipient by name: the server's one-second copies of them go (their cache is keyed by it).
  forgetReadingCopies([shareLinkTag(input.id)]);
  revalidateSharing();
}

/** Stops a link working at once (410 for anyone who opens it); its statistics stay. */
export async function revokeShareLink(userId: string, id: string, now: Date = new Date()) {
  const { count } = await db().shareLink.updateMany({
    where: { id, portfolio: { userId } },
    data: { revokedAt: now },
  });
  if (count === 0) throw notFound();
  // The page checks the link on every request anyway; this drops its cached view, media URLs included.
  revalidateTag(shareLinkTag(id), { expire: 0 });
  forgetReadingCopies([shareLinkTag(id)]);
  revalidateSharing();
}

/** Marks the owner's notifications read (all of them when `ids` is empty). */
export async function markNotificationsRead(userId: string, ids: string[], now: Date = new Date()) {
  await db().notification.updateMany({
    where: { userId, readAt: null, ...(ids.length ? { id: { in: ids } } : {}) },
    data: { readAt: now },
  });
  revalidateSharing();
}

/** The owner has looked at the analytics: later opens are "new". Call after the markers were rendered. */
export async function markAnalyticsSeen(userId: string, now: Date = new Date()) {
  await db().portfolio.updateMany({ where: { userId }, data: { analyticsSeenAt: now } });
}
