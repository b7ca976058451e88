"use client";

import { useTranslations } from "next-intl";
import { Download, QrCode } from "lucide-react";
import { Button, buttonSizes, buttonVariants } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { cn } from "@/lib/utils";

/** A QR code (SVG made on the server) in a dialog, with an SVG download for printing. */
export function QrDialog({ svg, title, url, fileName }: { svg: string; title: string; url: string; fileName: string }) {
  const t = useTranslations("sharing.link");
  const href = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button type="button" variant="secondary" size="sm">
          <QrCode aria-hidden className="size-4" />
          {t("qr")}
        </Button>
      </DialogTrigger>
      <DialogContent size="sm">
        <DialogHeader title={title} closeLabel={t("close")} />
        <DialogDescription className="mt-1">{t("qrHint")}</DialogDescription>
        <div
          role="img"
          aria-label={url}
          className="mx-auto mt-4 aspect-square w-56 overflow-hidden rounded-lg border border-border bg-white"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <p className="mt-3 text-center font-mono text-xs break-all text-muted">{url}</p>
        <div className="mt-5 flex justify-end">
          <a
            href={href}
            download={fileName}
            className={cn("inline-flex items-center justify-center gap-2 rounded-lg font-medium", buttonVariants.secondary, buttonSizes.md)}
          >
            <Download aria-hidden className="size-4" />
            {t("downloadQr")}
          </a>
        </div>
      </DialogContent>
    </Dialog>
  );
}
