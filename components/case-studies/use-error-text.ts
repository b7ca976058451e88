"use client";

import { useErrorText } from "@/components/editor/use-error-text";

/** @deprecated useErrorText(namespace, "editor") from components/editor/use-error-text. */
export function useRoomErrorText(namespace: "caseStudies" | "credentials") {
  return useErrorText(namespace, "editor");
}
