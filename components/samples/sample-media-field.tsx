"use client";

import { ArrowDown, ArrowUp, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MediaAltControl } from "@/components/media/attached-media";
import { Uploader } from "@/components/media/uploader";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ALT_MAX_LENGTH } from "@/lib/media/schema";
import type { MediaView } from "@/lib/media/types";
import { MAX_SAMPLE_MEDIA } from "@/lib/samples/schema";

type SampleMediaFieldProps = {
  media: MediaView[];
  alt: (mediaId: string) => MediaAltControl;
  onAdd: (item: MediaView) => void;
  onMove: (index: number, delta: number) => void;
  onRemove: (mediaId: string) => void;
};

/** The sample's images in order, each with its alt text field, move and remove buttons; the uploader adds more. */
export function SampleMediaField({ media, alt, onAdd, onMove, onRemove }: SampleMediaFieldProps) {
  const t = useTranslations("samples.fields");
  const tUploader = useTranslations("media.uploader");
  return (
    <div className="grid gap-3">
      {media.length > 0 && (
        <ol className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {media.map((item, index) => {
            const control = alt(item.id);
            return (
              <li key={item.id} className="grid content-start overflow-hidden rounded-lg border border-border">
                {item.thumbUrl && (
                  // eslint-disable-next-line @next/next/no-img-element -- served by our media route, already resized
                  <img src={item.thumbUrl} alt={control.value} className="aspect-square w-full object-cover" />
                )}
                <div className="px-2 pt-2">
                  <Field label={t("altNumbered", { number: index + 1 })} error={control.error}>
                    {(c) => (
                      <Input
                        {...c}
                        data-media-alt={item.id}
                        value={control.value}
                        maxLength={ALT_MAX_LENGTH}
                        required
                        placeholder={tUploader("altPlaceholder")}
                        onChange={(event) => control.onChange(event.target.value)}
                      />
                    )}
                  </Field>
                </div>
                <div className="flex justify-end gap-0.5 p-1">
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    disabled={index === 0}
                    onClick={() => onMove(index, -1)}
                    aria-label={t("moveImageUp", { number: index + 1 })}
                  >
                    <ArrowUp aria-hidden className="size-4" />
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    disabled={index === media.length - 1}
                    onClick={() => onMove(index, 1)}
                    aria-label={t("moveImageDown", { number: index + 1 })}
                  >
                    <ArrowDown aria-hidden className="size-4" />
                  </Button>
                  <Button type="button" variant="ghost" size="icon" onClick={() => onRemove(item.id)} aria-label={t("removeImage", { number: index + 1 })}>
                    <X aria-hidden className="size-4" />
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {media.length < MAX_SAMPLE_MEDIA && <Uploader purpose="sample" accept="image" max={MAX_SAMPLE_MEDIA - media.length} onUploaded={onAdd} />}
    </div>
  );
}
