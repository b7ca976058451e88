import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { setInputLocaleSource } from "@/lib/metrics/number";
import type { Locale } from "./config";

// The server's side of reading typed numbers in the UI language (lib/metrics/number.ts):
// lib/safe-action.ts validates an action's input inside the acting user's language, so
// the form's schema reads "1,5" as 1.5 for a Latvian user exactly as their browser did.
const storage = new AsyncLocalStorage<Locale>();
setInputLocaleSource(() => storage.getStore());

/** Runs `parse` with the number schemas reading text in `locale`. */
export function withInputLocale<T>(locale: Locale, parse: () => T): T {
  return storage.run(locale, parse);
}
