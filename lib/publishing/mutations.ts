import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { orderSections } from "@/lib/sections";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import type { SetVisibility, UpdateAppearance, UpdateSections } from "./schema";

// The owner just changed how the page looks or who may see it: revalidatePublicPage expires the page at once (the
// next request shows it, not a stale copy); the publishing cards refresh the dashboard after the answer.

export async function setVisibility(userId: string, { visibility }: SetVisibility) {
  const current = await db().portfolio.findFirst({ where: { userId }, select: { publishedAt: true } });
  if (!current) throw notFound();
  // publishedAt records the first time the page went out; unpublishing keeps it.
  const publishedAt = visibility !== "DRAFT" && !current.publishedAt ? new Date() : current.publishedAt;
  const { count } = await db().portfolio.updateMany({ where: { userId }, data: { visibility, publishedAt } });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
  return { visibility, publishedAt: publishedAt?.toISOString() ?? null };
}

export async function updateAppearance(userId: string, input: UpdateAppearance) {
  const { count } = await db().portfolio.updateMany({ where: { userId }, data: input });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
  return input;
}

export async function updateSections(userId: string, input: UpdateSections) {
  const sectionOrder = orderSections(input.sectionOrder);
  const { count } = await db().portfolio.updateMany({
    where: { userId },
    data: { sectionOrder, hiddenSections: input.hiddenSections },
  });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
  return { sectionOrder, hiddenSections: input.hiddenSections };
}
