"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { errorTextKey } from "./error-text";

/** The rooms whose messages have a `validation` namespace of their own. */
export type ErrorTextNamespace = "auth" | "calendars" | "caseStudies" | "credentials" | "documents" | "editor" | "sharing";

/**
 * Turns a schema's error key into text for <Field error>: `<namespace>.validation`
 * first, then each fallback's (say "editor"), in order; a key none of them has
 * is left for Field, which translates the common `validation` keys.
 */
export function useErrorText(namespace: ErrorTextNamespace, ...fallbacks: ErrorTextNamespace[]) {
  const t = useTranslations();
  const chain = [namespace, ...fallbacks].join(" ");
  return useCallback(
    (message: string | undefined): string | undefined => {
      if (!message) return message;
      const key = errorTextKey(chain.split(" "), message, (candidate) => t.has(candidate as never));
      return key ? t(key as never) : message;
    },
    [t, chain],
  );
}
