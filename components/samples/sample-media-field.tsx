"use client";

import { ArrowDown, ArrowUp, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Uploader } from "@/components/media/uploader";
import { Button } from "@/components/ui/button";
import type { MediaView } from "@/lib/media/types";
import { MAX_SAMPLE_MEDIA } from "@/lib/samples/schema";

type SampleMediaFieldProps = { media: MediaView[]; onChange: (next: MediaView[]) => void };

/** The sample's images in order, each with its alt text, move and remove buttons; the uploader adds more. */
export function SampleMediaField({ media, onChange }: SampleMediaFieldProps) {
  const t = useTranslations("editor.samples.fields");
  const move = (index: number, delta: number) => {
    const next = [...media];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    onChange(next);
  };
  return (
    <div className="grid gap-3">
      {media.length > 0 && (
        <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
          {media.map((item, index) => (
            <li key={item.id} className="overflow-hidden rounded-lg border border-border">
              {item.thumbUrl && (
                // eslint-disable-next-line @next/next/no-img-element -- served by our media route, already resized
                <img src={item.thumbUrl} alt={item.alt} className="aspect-square w-full object-cover" />
              )}
              <p className="line-clamp-2 px-2 pt-1.5 text-xs text-muted">{item.alt ? t("alt", { alt: item.alt }) : t("noAlt")}</p>
              <div className="flex justify-end gap-0.5 p-1">
                <Button type="button" variant="ghost" size="icon" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("moveImageUp", { number: index + 1 })}>
                  <ArrowUp aria-hidden className="size-4" />
                </Button>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  disabled={index === media.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t("moveImageDown", { number: index + 1 })}
                >
                  <ArrowDown aria-hidden className="size-4" />
                </Button>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  onClick={() => onChange(media.filter((entry) => entry.id !== item.id))}
                  aria-label={t("removeImage", { number: index + 1 })}
                >
                  <X aria-hidden className="size-4" />
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {media.length < MAX_SAMPLE_MEDIA && (
        <Uploader purpose="sample" accept="image" max={MAX_SAMPLE_MEDIA - media.length} onUploaded={(item) => onChange([...media, item])} />
      )}
    </div>
  );
}
