import type { Locale } from "./config";
import en from "./messages/en";
import lv from "./messages/lv";

// Every locale's messages, for code that renders outside a request's next-intl
// config: emails, the OG image, metadata built from a portfolio's page language.
const all: Record<Locale, typeof en> = { en, lv };

export function messagesFor(locale: Locale): typeof en {
  return all[locale];
}
