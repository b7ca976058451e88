"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { askToLeave } from "./leave-prompt";

/**
 * While a form has unsaved changes, asks before leaving it:
 * - closing the tab, reloading or typing an address: the browser's own prompt (beforeunload);
 * - links inside the app (sidebar, header, Cancel), which navigate without unloading: our
 *   Dialog (components/editor/leave-prompt.tsx). App Router has no router events, so a
 *   capture-phase listener sees the click before next/link does and holds it until answered;
 * - the browser's Back button: one extra history entry for this page while it is dirty, so Back
 *   lands on this same page (nothing lost) and asks; "Leave" then goes back for real.
 */
export function useUnsavedChangesWarning(isDirty: boolean): void {
  const t = useTranslations("editor.common");
  const question = t("leaveUnsaved");
  const router = useRouter();
  // Whether the extra entry is the current one; kept across dirty → clean → dirty, so it is pushed once.
  const guarded = useRef(false);
  // Set while "Leave" goes back for real, so that this Back is not asked about again.
  const leaving = useRef(false);

  useEffect(() => {
    if (!isDirty) return;
    const ask = (leave: () => void, stay: () => void = () => {}) => {
      if (askToLeave(leave, stay)) return;
      if (window.confirm(question)) leave();
      else stay();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // "Leave" was already answered in our dialog: going back to a page loaded in full must not ask twice.
      if (leaving.current) return;
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
      event.preventDefault();
      event.stopPropagation();
      const href = url.pathname + url.search + url.hash;
      // On the extra entry, the next page takes its place: Back from there comes to this page once, not twice.
      ask(() => (guarded.current ? router.replace(href) : router.push(href)));
    };
    const onPopState = () => {
      if (leaving.current) return;
      // Back left the extra entry for this same page: nothing is lost yet; ask before going on.
      guarded.current = false;
      ask(
        () => {
          leaving.current = true;
          window.history.back();
        },
        () => {
          window.history.pushState(window.history.state, "", window.location.href);
          guarded.current = true;
        },
      );
    };
    if (!guarded.current) {
      // A copy of Next's own state for this URL, so the router restores this very page on Back.
      window.history.pushState(window.history.state, "", window.location.href);
      guarded.current = true;
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("popstate", onPopState);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("popstate", onPopState);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty, question, router]);
}
