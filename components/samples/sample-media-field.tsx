"use client";

import { ArrowDown, ArrowUp, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MediaAltControl } from "@/components/media/attached-media";
import { Uploader } from "@/components/media/uploader";
import { IconButton } from "@/components/ui/icon-button";
import type { MediaView } from "@/lib/media/types";
import { MAX_SAMPLE_MEDIA } from "@/lib/samples/schema";
import { AltField } from "@/components/media/alt-field";

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
                  <AltField
                    label={t("altNumbered", { number: index + 1 })}
                    error={control.error}
                    image
                    data-media-alt={item.id}
                    value={control.value}
                    onChange={control.onChange}
                  />
                </div>
                <div className="flex justify-end gap-0.5 p-1">
                  <IconButton icon={ArrowUp} disabled={index === 0} onClick={() => onMove(index, -1)} label={t("moveImageUp", { number: index + 1 })} />
                  <IconButton
                    icon={ArrowDown}
                    disabled={index === media.length - 1}
                    onClick={() => onMove(index, 1)}
                    label={t("moveImageDown", { number: index + 1 })}
                  />
                  <IconButton icon={X} onClick={() => onRemove(item.id)} label={t("removeImage", { number: index + 1 })} />
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
