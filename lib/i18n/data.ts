import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { asLocale, type Locale } from "./config";

/** A user's chosen language (account settings): their app, and the emails they receive. */
export async function userLocale(userId: string): Promise<Locale> {
  const user = await db().user.findFirst({ where: { id: userId }, select: { locale: true } });
  return asLocale(user?.locale);
}

export type LanguageSettings = { locale: Locale; pageLocale: Locale; handle: string };

/** The user's app language and their public page's language, for the settings forms. */
export async function getLanguageSettings(userId: string): Promise<LanguageSettings> {
  const user = await db().user.findFirst({ where: { id: userId }, select: { locale: true, handle: true, portfolio: { select: { pageLocale: true } } } });
  if (!user) throw notFound();
  return { locale: asLocale(user.locale), pageLocale: asLocale(user.portfolio?.pageLocale), handle: user.handle };
}
