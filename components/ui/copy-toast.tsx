"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { Check, Copy } from "lucide-react";
import { toast } from "sonner";

/** Copies `text` to the clipboard; false when the browser refuses (no permission, no focus, insecure origin). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

type CopyLabels = { copy: string; copied: string; failed: string };

/**
 * A full URL in a toast, selectable, with its own copy button: the visible
 * fallback when copying on its own failed, and the way to copy it again.
 * Labels come as props: the Toaster renders outside the messages provider.
 */
export function UrlWithCopy({ url, labels }: { url: string; labels: CopyLabels }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = useCallback(async () => setState((await copyToClipboard(url)) ? "copied" : "failed"), [url]);
  return (
    <span className="mt-1 flex min-w-0 flex-wrap items-center gap-2" data-testid="toast-url">
      <code className="min-w-0 break-all select-all">{url}</code>
      <button
        type="button"
        onClick={() => void copy()}
        className="inline-flex shrink-0 items-center gap-1 rounded-md border border-border px-2 py-0.5 text-xs font-medium hover:bg-surface"
      >
        {state === "copied" ? <Check aria-hidden className="size-3 text-success" /> : <Copy aria-hidden className="size-3" />}
        {state === "copied" ? labels.copied : labels.copy}
      </button>
      {state === "failed" && <span className="w-full text-xs">{labels.failed}</span>}
    </span>
  );
}

/** Toasts a created or published link: copied at once when the browser allows it, always shown in full with a copy button. */
export function useLinkToast() {
  const t = useTranslations("sharing.link");
  const labels: CopyLabels = { copy: t("copy"), copied: t("copied"), failed: t("copyFailedSelect") };
  const { copy, copied: copiedLabel, failed } = labels;
  return useCallback(
    async (title: { copied: string; notCopied: string }, url: string, options: { action?: { label: string; onClick: () => void } } = {}) => {
      const copied = await copyToClipboard(url);
      const description = <UrlWithCopy url={url} labels={{ copy, copied: copiedLabel, failed }} />;
      toast.success(copied ? title.copied : title.notCopied, { description, duration: 10_000, ...options });
    },
    [copy, copiedLabel, failed],
  );
}
