"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";

/**
 * While a form has unsaved changes, asks before leaving it: the browser's own
 * prompt for reload, close and typed addresses (beforeunload), and a confirm
 * for links inside the app (sidebar, header, Cancel), which navigate without
 * unloading the page. App Router has no router events, so a capture-phase
 * listener sees the click before next/link does; declining cancels it.
 */
export function useUnsavedChangesWarning(isDirty: boolean): void {
  const t = useTranslations("editor.common");
  const question = t("leaveUnsaved");
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!anchor || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      // Other sites unload the page (beforeunload asks); a jump within this page loses nothing.
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      if (window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty, question]);
}
