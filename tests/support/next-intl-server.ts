// next-intl/server for tests that call route handlers: its request config exists only inside Next, so this
// serves the same English messages directly. Use: vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
import { createTranslator } from "next-intl";
import messages from "@/lib/i18n/messages/en";

export async function getLocale() {
  return "en";
}

export async function getTranslations(namespace: string) {
  return createTranslator({ locale: "en", messages, namespace: namespace as never });
}
