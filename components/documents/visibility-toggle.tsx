"use client";

import { useState, useTransition } from "react";
import { Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/safe-action";
import { useFailureToast } from "@/components/editor/use-action-form";
import { cn } from "@/lib/utils";


type VisibilityToggleProps = {
  title: string;
  hidden: boolean;
  onChange: (hidden: boolean) => Promise<ActionResult<unknown>>;
};

/** The per-item "shown on the public page" switch, saved at once (optimistic, rolled back on failure). */
export function VisibilityToggle({ title, hidden: initial, onChange }: VisibilityToggleProps) {
  const t = useTranslations("documents");
  const failed = useFailureToast();
  const [hidden, setHidden] = useState(initial);
  const [pending, startTransition] = useTransition();

  const toggle = () => {
    const next = !hidden;
    setHidden(next);
    startTransition(async () => {
      const result = await onChange(next);
      if (result.ok) toast.success(t("hiddenSaved", { hidden: String(next) }));
      else {
        setHidden(!next);
        failed(t("hiddenFailed"), result);
      }
    });
  };

  return (
    <button
      type="button"
      role="switch"
      aria-checked={!hidden}
      aria-label={t("toggleHidden", { title })}
      title={hidden ? t("hiddenOn") : t("hiddenOff")}
      disabled={pending}
      onClick={toggle}
      className={cn(
        "inline-flex h-7 items-center gap-1.5 rounded-full px-2.5 text-xs font-medium ring-1 transition-colors disabled:opacity-60",
        hidden ? "bg-surface text-muted ring-border hover:text-fg" : "bg-accent-soft text-accent ring-transparent",
      )}
    >
      {hidden ? <EyeOff aria-hidden className="size-3.5" /> : <Eye aria-hidden className="size-3.5" />}
      {hidden ? t("hidden") : t("shown")}
    </button>
  );
}
