// Stands in for lib/public/flight.ts under Vitest (vitest.config.ts), where no
// Next bundler provides React's Flight server: the reading pages' components
// are plain server components without async work, so React DOM renders them
// directly, with next-intl's messages from a provider instead of the request
// (in the reading page's language, as lib/i18n/request.ts chooses it).
import { createRequire } from "node:module";
import { NextIntlClientProvider } from "next-intl";
import { currentPageLocale } from "@/lib/i18n/page-locale";
import { messagesFor } from "@/lib/i18n/messages";

export function runtimeRequire(id: string): unknown {
  return createRequire(import.meta.url)(id);
}

export async function resolveServerTree(tree: React.ReactNode): Promise<unknown> {
  const locale = currentPageLocale() ?? "en";
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      {tree}
    </NextIntlClientProvider>
  );
}
