"use server";

import { cookies } from "next/headers";
import { authedAction } from "@/lib/safe-action";
import { getSessionUser } from "@/lib/auth/session";
import { secureCookies } from "@/lib/auth/options";
import { LOCALE_COOKIE, type Locale } from "./config";
import { updatePageLocale, updateUserLocale } from "./mutations";
import { setLocaleSchema, setPageLocaleSchema } from "./schema";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Remembers the language in this browser too, so the signed-out pages (and sign-out) keep it. */
async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { sameSite: "lax", path: "/", secure: secureCookies(), maxAge: YEAR_SECONDS });
}

/** Account settings: the app's and the user's emails' language. */
export const updateLocaleAction = authedAction(setLocaleSchema, async (input, { user }) => {
  const saved = await updateUserLocale(user.id, input.locale);
  await rememberLocale(saved.locale);
  return saved;
});

/** The public page's language (Publish settings); revalidates the cached page. */
export const updatePageLocaleAction = authedAction(setPageLocaleSchema, (input, { user }) => updatePageLocale(user.id, input.pageLocale));

/**
 * The EN / LV switcher on the landing and sign-in pages, a plain form (works
 * without JavaScript): remembered in the NEXT_LOCALE cookie; a signed-in user's
 * account setting changes with it, since that setting wins over the cookie.
 */
export async function chooseLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  await rememberLocale(parsed.data.locale);
  const user = await getSessionUser();
  if (user) await updateUserLocale(user.id, parsed.data.locale);
}
