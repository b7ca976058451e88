import "server-only";
import type { Messages } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The namespaces a route's client components need, for its
 * NextIntlClientProvider: whatever the provider gets is serialized into every
 * page under it, so routes send only what their client components read.
 */
export async function pickMessages<K extends keyof Messages>(namespaces: readonly K[]): Promise<Pick<Messages, K>> {
  const messages = (await getMessages()) as Messages;
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, K>;
}
