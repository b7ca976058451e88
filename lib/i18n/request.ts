import { getRequestConfig } from "next-intl/server";
import { isLocale } from "./config";
import { currentPageLocale } from "./page-locale";
import { visitorLocale } from "./visitor-locale";

// Reading pages speak their portfolio's page language (set around their render,
// lib/i18n/page-locale.ts), so `/<handle>` stays one cached page whoever visits;
// every other page speaks the visitor's language (lib/i18n/visitor-locale.ts).
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : (currentPageLocale() ?? (await visitorLocale()));
  const messages = (await import(`./messages/${locale}/index.ts`)).default;
  // A fixed zone keeps server and client rendering of dates identical.
  return { locale, messages, timeZone: "UTC" };
});
