"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";

/** Translates "sharing.<key>" messages from lib/sharing/schema; other keys go to Field (the `validation` namespace). */
export function useSharingErrorText() {
  const t = useTranslations("sharing.validation");
  return useCallback(
    (message: string | undefined) => {
      if (!message?.startsWith("sharing.")) return message;
      const key = message.slice("sharing.".length);
      return t.has(key as never) ? t(key as never) : message;
    },
    [t],
  );
}
