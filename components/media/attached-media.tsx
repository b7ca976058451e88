"use client";

import { useCallback, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useFormState, useWatch, type FieldValues, type UseFormReturn } from "react-hook-form";
import { cn } from "@/lib/utils";
import { type MediaAlt } from "@/lib/media/schema";
import type { MediaView } from "@/lib/media/types";
import { MediaThumb } from "./media-thumb";
import { AltField } from "./alt-field";

type AltForm = UseFormReturn<{ mediaAlts: MediaAlt[] }>;

export type MediaAltControl = { value: string; error?: string; onChange: (alt: string) => void };

/**
 * The `mediaAlts` field of a form whose schema spreads `mediaAltsField`: one
 * entry per picture the form shows, saved with the item. Reads the form's
 * current values (not a render's), so uploads finishing together all land.
 */
export function useMediaAlts<T extends FieldValues>(form: UseFormReturn<T>) {
  const { control, getValues, setValue, clearErrors } = form as unknown as AltForm;
  const list = useWatch({ control, name: "mediaAlts" }) ?? [];
  const { errors } = useFormState({ control, name: "mediaAlts" });

  const set = useCallback(
    (next: MediaAlt[]) => {
      clearErrors("mediaAlts");
      setValue("mediaAlts", next, { shouldDirty: true });
    },
    [clearErrors, setValue],
  );
  const add = useCallback(
    (media: Pick<MediaView, "id" | "alt">) =>
      set([...(getValues("mediaAlts") ?? []).filter((entry) => entry.mediaId !== media.id), { mediaId: media.id, alt: media.alt }]),
    [getValues, set],
  );
  const remove = useCallback((mediaId: string) => set((getValues("mediaAlts") ?? []).filter((entry) => entry.mediaId !== mediaId)), [getValues, set]);
  // A save refused for missing alt text: take the owner to the first picture that needs it (the error sits beside it).
  const altErrors: unknown = errors.mediaAlts;
  const firstError = Array.isArray(altErrors) ? altErrors.findIndex((entry) => Boolean(entry)) : -1;
  const focusId = firstError >= 0 ? list[firstError]?.mediaId : undefined;
  useEffect(() => {
    if (focusId) document.querySelector<HTMLInputElement>(`[data-media-alt="${CSS.escape(focusId)}"]`)?.focus();
  }, [focusId]);

  const field = (mediaId: string): MediaAltControl => {
    const index = list.findIndex((entry) => entry.mediaId === mediaId);
    return {
      value: list[index]?.alt ?? "",
      error: index >= 0 ? errors.mediaAlts?.[index]?.alt?.message : undefined,
      onChange: (alt) => {
        const at = (getValues("mediaAlts") ?? []).findIndex((entry) => entry.mediaId === mediaId);
        if (at < 0) return;
        clearErrors(`mediaAlts.${at}.alt`);
        setValue(`mediaAlts.${at}.alt`, alt, { shouldDirty: true });
      },
    };
  };
  return { add, remove, field };
}

type AttachedMediaProps = {
  media: Pick<MediaView, "id"> & Partial<MediaView>;
  alt: MediaAltControl;
  onRemove?: () => void;
  removeLabel?: string;
  rounded?: boolean;
  /** Label of the alt field, when several pictures need telling apart ("Alt text, image 2"). */
  altLabel?: string;
  className?: string;
};

/** An attached picture (or PDF) with its alt text (or title) field beside it, saved with the form. */
export function AttachedMedia({ media, alt, onRemove, removeLabel, rounded, altLabel, className }: AttachedMediaProps) {
  const t = useTranslations("media.uploader");
  const image = (media.kind ?? "IMAGE") === "IMAGE";
  return (
    <div className={cn("grid min-w-0 gap-3", image && "sm:grid-cols-[96px_minmax(0,1fr)] sm:items-start", className)}>
      <MediaThumb media={{ ...media, alt: alt.value }} onRemove={onRemove} removeLabel={removeLabel} rounded={rounded} />
      <AltField
        label={altLabel ?? (image ? t("alt") : t("title"))}
        hint={image ? t("altHint") : t("titleHint")}
        error={alt.error}
        image={image}
        data-media-alt={media.id}
        value={alt.value}
        onChange={alt.onChange}
      />
    </div>
  );
}
