import { getRequestConfig } from "next-intl/server";
import { defaultLocale } from "./config";

// One locale for now; the public page must stay statically cacheable, so the
// locale will come from the route or the owner's setting rather than a cookie.
export default getRequestConfig(async () => {
  const locale = defaultLocale;
  const messages = (await import(`./messages/${locale}/index.ts`)).default;
  // A fixed zone keeps server and client rendering of dates identical.
  return { locale, messages, timeZone: "UTC" };
});
