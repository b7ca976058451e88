import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db/client";
import { userLocale } from "./data";
import { getSessionUser } from "@/lib/auth/session";
import { sessionCookieName } from "@/lib/auth/options";
import { LOCALE_COOKIE, defaultLocale, isLocale, localeFromAcceptLanguage, type Locale } from "./config";

/**
 * The app's language for this request: a signed-in user's setting wins; before
 * sign-in the NEXT_LOCALE cookie (the EN / LV switcher), then the browser's
 * Accept-Language, then English. Read once per request.
 */
export const visitorLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  if (cookieStore.has(sessionCookieName())) {
    const user = await getSessionUser();
    if (user) return userLocale(user.id);
  }
  const chosen = cookieStore.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(headerStore.get("accept-language")) ?? defaultLocale;
});

/** A new account keeps the language its owner chose before signing up (the switcher's cookie or the browser's). */
export async function adoptVisitorLocale(userId: string): Promise<void> {
  const locale = await visitorLocale();
  if (locale !== defaultLocale) await db().user.updateMany({ where: { id: userId }, data: { locale } });
}
