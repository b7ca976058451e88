"use client";

import { Dialog } from "radix-ui";
import { useTranslations } from "next-intl";
import { Download, QrCode, X } from "lucide-react";
import { Button, buttonSizes, buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** A QR code (SVG made on the server) in a dialog, with an SVG download for printing. */
export function QrDialog({ svg, title, url, fileName }: { svg: string; title: string; url: string; fileName: string }) {
  const t = useTranslations("sharing.link");
  const href = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <Button type="button" variant="secondary" size="sm">
          <QrCode aria-hidden className="size-4" />
          {t("qr")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-sm -translate-x-1/2 -translate-y-1/2 rounded-card border border-border bg-bg p-6 shadow-xl">
          <div className="flex items-start justify-between gap-4">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Close asChild>
              <Button type="button" variant="ghost" size="icon" aria-label={t("close")}>
                <X aria-hidden className="size-4" />
              </Button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 text-sm text-muted">{t("qrHint")}</Dialog.Description>
          <div role="img" aria-label={url} className="mx-auto mt-4 aspect-square w-56 overflow-hidden rounded-lg border border-border bg-white" dangerouslySetInnerHTML={{ __html: svg }} />
          <p className="mt-3 text-center font-mono text-xs break-all text-muted">{url}</p>
          <div className="mt-5 flex justify-end">
            <a href={href} download={fileName} className={cn("inline-flex items-center justify-center gap-2 rounded-lg font-medium", buttonVariants.secondary, buttonSizes.md)}>
              <Download aria-hidden className="size-4" />
              {t("downloadQr")}
            </a>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
