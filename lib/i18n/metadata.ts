import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type Translator = Awaited<ReturnType<typeof getTranslations<never>>>;
/** Any message key, namespace included ("calendars.title"). */
export type MessageKey = Parameters<Translator>[0];

/**
 * A route's `generateMetadata` that titles the page from the messages:
 * `export const generateMetadata = pageTitle("calendars.title");`
 */
export function pageTitle(key: MessageKey) {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations();
    return { title: t(key) };
  };
}
