"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { SortableList } from "@/components/editor/sortable-list";
import { useFailureToast } from "@/components/editor/use-action-form";
import type { SectionKey } from "@/lib/sections";
import { updateSectionsAction } from "@/lib/publishing/actions";
import { CardSection } from "@/components/ui/card-section";
import { callAction } from "@/components/ui/call-action";

type SectionsCardProps = {
  order: SectionKey[];
  hidden: SectionKey[];
  counts: Record<SectionKey, number>;
};

/** The page's sections in order (drag, keyboard or move buttons), each shown or hidden; every change saves at once. */
export function SectionsCard({ order: initialOrder, hidden: initialHidden, counts }: SectionsCardProps) {
  const t = useTranslations("publicPage.publish.sections");
  const ts = useTranslations("publicPage.sections");
  const router = useRouter();
  const failureToast = useFailureToast();
  const [order, setOrder] = useState(initialOrder);
  const [hidden, setHidden] = useState(initialHidden);
  const [items] = useState(() => initialOrder.map((key) => ({ id: key })));
  const [pendingKey, setPendingKey] = useState<SectionKey | null>(null);
  const [, startTransition] = useTransition();

  const reorder = async (ids: string[]) => {
    const next = ids as SectionKey[];
    const result = await callAction(updateSectionsAction, { sectionOrder: next, hiddenSections: hidden });
    if (result.ok) {
      setOrder(next);
      router.refresh();
    }
    return result.ok ? ({ ok: true } as const) : ({ ok: false } as const);
  };

  const toggle = (key: SectionKey, show: boolean) => {
    const next = show ? hidden.filter((k) => k !== key) : [...hidden, key];
    setPendingKey(key);
    startTransition(async () => {
      const result = await callAction(updateSectionsAction, { sectionOrder: order, hiddenSections: next });
      setPendingKey(null);
      if (!result.ok) {
        failureToast(t("failed"), result);
        return;
      }
      setHidden(next);
      toast.success(t(show ? "shown" : "hidden", { section: ts(key) }));
      router.refresh();
    });
  };

  return (
    <CardSection id="publish-sections" title={t("title")} lead={t("description")}>
      <SortableList
        items={items}
        label={t("listLabel")}
        getTitle={(item) => ts(item.id as SectionKey)}
        onReorder={reorder}
        renderItem={(item) => {
          const key = item.id as SectionKey;
          const isHidden = hidden.includes(key);
          return (
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              <span className={isHidden ? "font-medium text-muted line-through" : "font-medium"}>{ts(key)}</span>
              <span className="text-xs text-muted tabular">{t("items", { count: counts[key] })}</span>
              {isHidden && (
                <span className="inline-flex items-center gap-1 rounded-md bg-surface px-1.5 py-0.5 text-xs text-muted ring-1 ring-border">
                  <EyeOff aria-hidden className="size-3" />
                  {t("hiddenBadge")}
                </span>
              )}
              {!isHidden && counts[key] === 0 && <span className="text-xs text-muted">{t("emptyNote")}</span>}
            </div>
          );
        }}
        renderActions={(item) => {
          const key = item.id as SectionKey;
          const shown = !hidden.includes(key);
          return (
            <label className="flex h-9 cursor-pointer items-center gap-2 rounded-lg px-2 text-sm hover:bg-surface">
              <input
                type="checkbox"
                role="switch"
                checked={shown}
                disabled={pendingKey === key}
                aria-busy={pendingKey === key || undefined}
                onChange={(event) => toggle(key, event.target.checked)}
                className="size-4 accent-[var(--color-accent)]"
              />
              <span>{t("show")}</span>
              <span className="sr-only">{ts(key)}</span>
            </label>
          );
        }}
      />
    </CardSection>
  );
}
