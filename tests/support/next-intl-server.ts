// next-intl/server for tests that call route handlers: its request config exists only inside Next, so this
// serves the same messages directly, in the reading page's language when one is set (lib/i18n/page-locale.ts),
// as lib/i18n/request.ts does. Use: vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
import { createTranslator } from "next-intl";
import { currentPageLocale } from "@/lib/i18n/page-locale";
import { messagesFor } from "@/lib/i18n/messages";
import { isLocale, type Locale } from "@/lib/i18n/config";

function locale(explicit?: unknown): Locale {
  return isLocale(explicit) ? explicit : (currentPageLocale() ?? "en");
}

export async function getLocale() {
  return locale();
}

export async function getTranslations(options: string | { locale?: string; namespace?: string }) {
  const { locale: explicit, namespace } = typeof options === "string" ? { locale: undefined, namespace: options } : options;
  const chosen = locale(explicit);
  return createTranslator({ locale: chosen, messages: messagesFor(chosen), namespace: namespace as never });
}
