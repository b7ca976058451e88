"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Copy } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A read-only URL with a one-click copy; when the clipboard is unavailable the text is selected for Ctrl+C. */
export function CopyField({ url, label }: { url: string; label: string }) {
  const t = useTranslations("sharing.link");
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      toast.success(t("copied"));
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      input.current?.focus();
      input.current?.select();
      toast.message(t("copyFailed"));
    }
  }

  return (
    <div className="flex min-w-0 gap-2">
      <Input
        ref={input}
        readOnly
        value={url}
        aria-label={label}
        onFocus={(event) => event.currentTarget.select()}
        className="min-w-0 flex-1 font-mono text-xs"
      />
      <Button type="button" variant="secondary" onClick={copy} className="shrink-0">
        {copied ? <Check aria-hidden className="size-4 text-success" /> : <Copy aria-hidden className="size-4" />}
        <span className="hidden sm:inline">{t("copy")}</span>
        <span className="sr-only sm:hidden">{t("copy")}</span>
      </Button>
    </div>
  );
}
