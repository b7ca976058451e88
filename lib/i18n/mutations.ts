import "server-only";
import { notFound } from "@/lib/errors";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { revalidatePublicPage } from "@/lib/portfolio/mutations";
import type { Locale } from "./config";

/** The user's app and email language. */
export async function updateUserLocale(userId: string, locale: Locale): Promise<{ locale: Locale }> {
  const { count } = await db().user.updateMany({ where: { id: userId }, data: { locale } });
  if (count === 0) throw notFound();
  // Every signed-in screen speaks it from the next render on.
  revalidatePath("/", "layout");
  return { locale };
}

/**
 * The public page's language. The reading pages are cached by the portfolio's
 * tag, so the tag is expired here: the next visitor gets the page in its new language.
 */
export async function updatePageLocale(userId: string, pageLocale: Locale): Promise<{ pageLocale: Locale }> {
  const { count } = await db().portfolio.updateMany({ where: { userId }, data: { pageLocale } });
  if (count === 0) throw notFound();
  revalidatePublicPage(userId);
  return { pageLocale };
}
