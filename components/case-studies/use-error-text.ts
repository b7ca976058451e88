"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { useEditorErrorText } from "@/components/editor/action-feedback";

/** Translates `<namespace>.validation` keys; anything else goes on to the editor's keys and then to Field (`validation`). */
export function useRoomErrorText(namespace: "caseStudies" | "credentials") {
  const t = useTranslations(`${namespace}.validation`);
  const editor = useEditorErrorText();
  return useCallback(
    (message: string | undefined) => (message && t.has(message as never) ? t(message as never) : editor(message)),
    [t, editor],
  );
}
