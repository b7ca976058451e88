"use client";

import { useState, useTransition } from "react";
import { Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFailureToast } from "@/components/editor/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/safe-action";
import { cn } from "@/lib/utils";
import { useRowPatch } from "./sortable-list";

export type ShowHideLabels = {
  /** The switch's accessible name while the item is hidden / shown (may be the same text). */
  show: string;
  hide: string;
  /** Said after a change, and the switch's tooltip on the badge look. */
  nowShown: string;
  nowHidden: string;
  failed: string;
  /** Given: the switch is a badge that says its state ("Shown" / "Hidden"); absent: an eye icon button. */
  badge?: { shown: string; hidden: string };
};

type ShowHideSwitchProps = {
  hidden: boolean;
  onChange: (hidden: boolean) => Promise<ActionResult<unknown>>;
  labels: ShowHideLabels;
};

/**
 * The one "shown / hidden on the public page" switch of every room: saved at once, optimistic, put back on failure;
 * in a list row, the row takes the saved value too.
 */
export function ShowHideSwitch({ hidden: initial, onChange, labels }: ShowHideSwitchProps) {
  const failed = useFailureToast();
  const [hidden, setHidden] = useState(initial);
  const [source, setSource] = useState(initial);
  const [pending, startTransition] = useTransition();
  const patchRow = useRowPatch();
  // A new value from the server (after a refresh) wins over the optimistic one.
  if (source !== initial) {
    setSource(initial);
    setHidden(initial);
  }

  const toggle = () => {
    const next = !hidden;
    setHidden(next);
    startTransition(async () => {
      const result = await onChange(next);
      if (result.ok) {
        toast.success(next ? labels.nowHidden : labels.nowShown);
        // The answer holds no re-rendered page (#19): the row's own "Hidden" label follows from here.
        patchRow?.({ hidden: next });
      } else {
        setHidden(!next);
        failed(labels.failed, result);
      }
    });
  };

  const name = hidden ? labels.show : labels.hide;
  const { badge } = labels;
  if (badge) {
    return (
      <button
        type="button"
        role="switch"
        aria-checked={!hidden}
        aria-label={name}
        title={hidden ? labels.nowHidden : labels.nowShown}
        disabled={pending}
        onClick={toggle}
        className={cn(
          "inline-flex h-7 items-center gap-1.5 rounded-full px-2.5 text-xs font-medium ring-1 transition-colors disabled:opacity-60",
          hidden ? "bg-surface text-muted ring-border hover:text-fg" : "bg-accent-soft text-accent ring-transparent",
        )}
      >
        {hidden ? <EyeOff aria-hidden className="size-3.5" /> : <Eye aria-hidden className="size-3.5" />}
        {hidden ? badge.hidden : badge.shown}
      </button>
    );
  }
  return (
    <Button type="button" variant="ghost" size="icon" role="switch" aria-checked={!hidden} aria-label={name} title={name} pending={pending} onClick={toggle}>
      {!pending && (hidden ? <EyeOff aria-hidden className="size-4 text-muted" /> : <Eye aria-hidden className="size-4" />)}
    </Button>
  );
}

/** Labels of the badge look (documents, calendars); its texts still live in documents.json until the messages follow the rooms. */
export function useBadgeLabels(title: string): ShowHideLabels {
  const t = useTranslations("documents");
  const name = t("toggleHidden", { title });
  return {
    show: name,
    hide: name,
    nowShown: t("hiddenOff"),
    nowHidden: t("hiddenOn"),
    failed: t("hiddenFailed"),
    badge: { shown: t("shown"), hidden: t("hidden") },
  };
}
