// Stands in for lib/public/flight.ts under Vitest (vitest.config.ts), where no
// Next bundler provides React's Flight server: the reading pages' components
// are plain server components without async work, so React DOM renders them
// directly, with next-intl's messages from a provider instead of the request.
import { createRequire } from "node:module";
import { NextIntlClientProvider } from "next-intl";
import messages from "@/lib/i18n/messages/en";

export function runtimeRequire(id: string): unknown {
  return createRequire(import.meta.url)(id);
}

export async function resolveServerTree(tree: React.ReactNode): Promise<unknown> {
  return (
    <NextIntlClientProvider locale="en" messages={messages} timeZone="UTC">
      {tree}
    </NextIntlClientProvider>
  );
}
