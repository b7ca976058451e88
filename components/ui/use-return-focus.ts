"use client";

import { useRef } from "react";

/**
 * For a Radix dialog opened from state rather than a Dialog.Trigger: Radix
 * returns focus only to its own trigger, so remember what had focus as the
 * dialog opens and give it back when it closes (Esc, Cancel, close button).
 * Spread the result onto DialogContent (components/ui/dialog.tsx).
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const target = opener.current;
      opener.current = null;
      if (!target?.isConnected) return;
      event.preventDefault();
      target.focus();
    },
  };
}
