import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "./config";

// A reading page (/<handle> and its sub-pages, share links, their PDF and
// preview image) speaks its owner's chosen page language, whoever visits, so
// the one cached copy is right for everyone. Those pages are route handlers
// without a [locale] segment: the locale is carried through the render in
// async context, and lib/i18n/request.ts prefers it over the visitor's.
const storage = new AsyncLocalStorage<Locale>();

/** Runs `render` with next-intl (and everything it formats) in `locale`. */
export function withPageLocale<T>(locale: Locale, render: () => T): T {
  return storage.run(locale, render);
}

/** The page language of the reading page being rendered, if any. */
export function currentPageLocale(): Locale | undefined {
  return storage.getStore();
}
