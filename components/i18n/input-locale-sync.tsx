"use client";

import { useEffect } from "react";
import { useLocale } from "next-intl";
import { setInputLocaleSource } from "@/lib/metrics/number";

/**
 * Tells the shared number schemas (lib/metrics/number.ts) the UI language, so a form in the
 * browser reads "1,234" as the server's action will for this user: 1234 in English, 1,234 in
 * Latvian. Rendered once by the dashboard shell, inside its NextIntlClientProvider.
 */
export function InputLocaleSync() {
  const locale = useLocale();
  useEffect(() => {
    setInputLocaleSource(() => locale);
  }, [locale]);
  return null;
}
