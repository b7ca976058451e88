"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Globe, Link2, Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useFailureToast } from "@/components/editor/use-action-form";
import { setVisibilityAction } from "@/lib/publishing/actions";
import { visibilityValues, type VisibilityValue } from "@/lib/publishing/schema";
import { cn } from "@/lib/utils";
import { useLinkToast } from "@/components/ui/copy-toast";
import { CardSection } from "@/components/ui/card-section";
import { callAction } from "@/components/ui/call-action";
import { PreviewLink } from "@/components/editor/preview-link";

const icons = { DRAFT: Lock, UNLISTED: Link2, PUBLIC: Globe } as const;

/** Who may see the page: draft (only the owner), unlisted (share links only) or public. */
export function VisibilityCard({ initial, handle, publicUrl }: { initial: VisibilityValue; handle: string; publicUrl: string }) {
  const t = useTranslations("publicPage.publish.visibility");
  const router = useRouter();
  const failureToast = useFailureToast();
  const linkToast = useLinkToast();
  const [saved, setSaved] = useState(initial);
  const [choice, setChoice] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [pendingTarget, setPendingTarget] = useState<VisibilityValue | null>(null);

  const save = (visibility: VisibilityValue, { undoable }: { undoable: boolean }) => {
    const previous = saved;
    setPendingTarget(visibility);
    startTransition(async () => {
      const result = await callAction(setVisibilityAction, { visibility });
      setPendingTarget(null);
      if (!result.ok) {
        failureToast(t("failed"), result);
        return;
      }
      setSaved(visibility);
      setChoice(visibility);
      const action = undoable ? { label: t("undo"), onClick: () => save(previous, { undoable: false }) } : undefined;
      // Published: the full address, copied when the browser allows, with a copy button.
      if (visibility === "PUBLIC") void linkToast({ copied: t("saved.PUBLIC_COPIED"), notCopied: t("saved.PUBLIC") }, publicUrl, { action });
      else toast.success(t(`saved.${visibility}`), { action });
      router.refresh();
    });
  };

  const StatusIcon = icons[saved];
  return (
    <CardSection id="publish-visibility" title={t("title")} lead={t("description")}>
      <div className="flex flex-col gap-3 rounded-lg bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="flex items-center gap-2 text-sm" data-testid="visibility-status">
          <StatusIcon aria-hidden className={cn("size-4", saved === "PUBLIC" ? "text-success" : "text-muted")} />
          <span className="font-medium">{t(`status.${saved}`)}</span>
        </p>
        <div className="flex flex-wrap gap-2">
          <PreviewLink label={t("preview")} />
          {saved === "DRAFT" ? (
            <Button size="sm" pending={pendingTarget === "PUBLIC"} disabled={pending} onClick={() => save("PUBLIC", { undoable: true })}>
              {t("publish")}
            </Button>
          ) : (
            <Button size="sm" variant="secondary" pending={pendingTarget === "DRAFT"} disabled={pending} onClick={() => save("DRAFT", { undoable: true })}>
              {t("unpublish")}
            </Button>
          )}
        </div>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(choice, { undoable: true });
        }}
        className="grid gap-3"
      >
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
          {visibilityValues.map((value) => {
            const Icon = icons[value];
            return (
              <label
                key={value}
                className={cn(
                  "flex cursor-pointer items-start gap-3 rounded-lg border p-3 transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent",
                  choice === value ? "border-accent bg-accent-soft" : "border-border hover:bg-surface",
                )}
              >
                <input
                  type="radio"
                  name="visibility"
                  value={value}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                  className="mt-1 accent-[var(--color-accent)]"
                />
                <span className="grid gap-0.5">
                  <span className="flex items-center gap-1.5 text-sm font-medium">
                    <Icon aria-hidden className="size-4" />
                    {t(`options.${value}.label`)}
                  </span>
                  <span className="text-sm text-muted">{t(`options.${value}.hint`, { url: `/${handle}` })}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <div className="flex justify-end">
          <Button type="submit" variant="secondary" disabled={choice === saved || pending} pending={pending && pendingTarget === choice && choice !== saved}>
            {t("save")}
          </Button>
        </div>
      </form>
    </CardSection>
  );
}
