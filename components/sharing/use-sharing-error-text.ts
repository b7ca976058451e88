"use client";

import { useErrorText } from "@/components/editor/use-error-text";

/** @deprecated useErrorText("sharing") from components/editor/use-error-text ("sharing.<key>" messages). */
export function useSharingErrorText() {
  return useErrorText("sharing");
}
