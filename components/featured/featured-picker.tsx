"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { callAction } from "@/components/ui/call-action";
import { useFailureToast } from "@/components/editor/use-action-form";
import { updateFeaturedAction } from "@/lib/featured/actions";
import type { FeaturedChoices } from "@/lib/featured/types";
import { FEATURED_FIGURES, FEATURED_IMAGES } from "@/lib/public/featured";
import { formatHeadlineValue } from "@/lib/metrics/format";
import { cn } from "@/lib/utils";

type ErrorKey = "unknown" | "tooManyImages" | "tooManyFigures" | "duplicate";

/** Adds or removes `id`, keeping the order of picking (the strip's order); never past `max`. */
function toggle(list: string[], id: string, max: number): string[] {
  if (list.includes(id)) return list.filter((item) => item !== id);
  return list.length >= max ? list : [...list, id];
}

/**
 * The featured strip's picker on /dashboard/publish: the owner ticks up to 4
 * sample pictures and 3 numbers, in the order the strip shows them. What is
 * ticked before any save is what the page shows today (the defaults).
 */
export function FeaturedPicker({ choices }: { choices: FeaturedChoices }) {
  const t = useTranslations("featured.picker");
  const tk = useTranslations("metrics.kinds");
  const locale = useLocale();
  const router = useRouter();
  const failureToast = useFailureToast();
  const [mediaIds, setMediaIds] = useState(choices.shown.mediaIds);
  const [resultIds, setResultIds] = useState(choices.shown.resultIds);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const nothingPicked = choices.picked.mediaIds.length === 0 && choices.picked.resultIds.length === 0;
  const dirty = mediaIds.join() !== choices.shown.mediaIds.join() || resultIds.join() !== choices.shown.resultIds.join();

  const save = (input: { mediaIds: string[]; resultIds: string[] }) =>
    startTransition(async () => {
      const result = await callAction(updateFeaturedAction, input);
      if (!result.ok) {
        const keys = Object.values(result.fieldErrors ?? {})
          .flat()
          .filter((key): key is string => typeof key === "string");
        setErrors([...new Set(keys)]);
        failureToast(t("failed"), result);
        return;
      }
      setErrors([]);
      toast.success(t("saved"), { description: t("savedHint") });
      router.refresh();
    });

  const label = (kind: string, customName: string) => (kind === "CUSTOM" ? customName || tk("CUSTOM") : tk(kind as "REACH"));
  const tile = (checked: boolean) =>
    cn(
      "relative flex cursor-pointer gap-2 rounded-lg border p-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent",
      checked ? "border-accent bg-accent-soft" : "border-border hover:bg-surface",
    );

  return (
    <section aria-labelledby="publish-featured" className="grid gap-4 rounded-card border border-border bg-bg p-5 sm:p-6" data-testid="featured-picker">
      <div>
        <h2 id="publish-featured" className="font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("description")}</p>
        {nothingPicked && <p className="mt-2 text-sm text-muted">{t("defaultNote")}</p>}
      </div>
      <form
        className="grid gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          save({ mediaIds, resultIds });
        }}
      >
        <PickGroup
          legend={t("images", { max: FEATURED_IMAGES })}
          picked={mediaIds.length}
          max={FEATURED_IMAGES}
          empty={choices.images.length === 0 ? t("noImages") : null}
        >
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6">
            {choices.images.map(({ image, sampleTitle }) => {
              const checked = mediaIds.includes(image.id);
              const position = mediaIds.indexOf(image.id) + 1;
              return (
                <li key={image.id}>
                  <label className={cn(tile(checked), "flex-col p-1")}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- the owner's own thumbnail from our media route */}
                    <img src={image.thumbUrl} alt="" width={120} height={120} className="aspect-square w-full rounded-md object-cover" />
                    <span className="flex items-center gap-1.5 text-xs">
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && mediaIds.length >= FEATURED_IMAGES}
                        onChange={() => setMediaIds((list) => toggle(list, image.id, FEATURED_IMAGES))}
                        aria-label={t("imageFrom", { alt: image.alt || sampleTitle, title: sampleTitle })}
                      />
                      <span className="line-clamp-1">{sampleTitle}</span>
                    </span>
                    {checked && (
                      <span
                        aria-hidden
                        className="absolute top-2 left-2 grid size-5 place-items-center rounded-full bg-accent text-xs font-semibold text-accent-fg"
                      >
                        {position}
                      </span>
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        </PickGroup>

        <PickGroup
          legend={t("figures", { max: FEATURED_FIGURES })}
          picked={resultIds.length}
          max={FEATURED_FIGURES}
          empty={choices.figures.length === 0 ? t("noFigures") : null}
        >
          <ul className="grid gap-2 sm:grid-cols-2">
            {choices.figures.map(({ result, currency, from }) => {
              const checked = resultIds.includes(result.id);
              const text = t("figureFrom", {
                label: label(result.kind, result.customName),
                value: formatHeadlineValue(result, locale, currency),
                title: from.title,
              });
              return (
                <li key={result.id}>
                  <label className={cn(tile(checked), "items-start")}>
                    <input
                      type="checkbox"
                      className="mt-0.5"
                      checked={checked}
                      disabled={!checked && resultIds.length >= FEATURED_FIGURES}
                      onChange={() => setResultIds((list) => toggle(list, result.id, FEATURED_FIGURES))}
                    />
                    <span>{text}</span>
                    {checked && <span className="ml-auto text-xs font-semibold text-accent tabular">{resultIds.indexOf(result.id) + 1}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        </PickGroup>

        {errors.length > 0 && (
          <ul className="text-sm text-danger" role="alert">
            {errors.map((key) => (
              <li key={key}>{t.has(`errors.${key}` as `errors.${ErrorKey}`) ? t(`errors.${key}` as `errors.${ErrorKey}`) : key}</li>
            ))}
          </ul>
        )}

        <div className="flex flex-wrap justify-end gap-2">
          {!nothingPicked && (
            <Button type="button" variant="ghost" disabled={pending} onClick={() => save({ mediaIds: [], resultIds: [] })}>
              {t("reset")}
            </Button>
          )}
          <Button type="submit" pending={pending} disabled={!dirty && !nothingPicked}>
            {t("save")}
          </Button>
        </div>
      </form>
    </section>
  );
}

type PickGroupProps = {
  legend: string;
  picked: number;
  max: number;
  /** Said instead of the choices when there are none. */ empty: string | null;
  children: React.ReactNode;
};

/** One kind of pick (pictures, figures): how many are picked, the choices, and a note once the limit is reached. */
function PickGroup({ legend, picked, max, empty, children }: PickGroupProps) {
  const t = useTranslations("featured.picker");
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 flex items-baseline gap-2 text-sm font-medium">
        {legend}
        <span className="text-xs font-normal text-muted">{t("picked", { count: picked })}</span>
      </legend>
      {empty ? <p className="text-sm text-muted">{empty}</p> : children}
      {picked >= max && <p className="text-xs text-muted">{t("limit", { max })}</p>}
    </fieldset>
  );
}
