import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

/** A plain download link (no JavaScript needed): the server prints the owner's page in any visibility. */
export async function PdfDownload({ className }: { className?: string }) {
  const t = await getTranslations("publicPage.publish");
  return (
    <p className={cn("flex flex-wrap items-center gap-x-3 gap-y-1 text-sm", className)}>
      <a
        href="/dashboard/preview/pdf"
        download
        className="inline-flex items-center gap-1.5 font-medium text-accent underline underline-offset-2 hover:no-underline"
      >
        <Download aria-hidden className="size-4" />
        {t("downloadPdf")}
      </a>
      <span className="text-muted">{t("pdfHint")}</span>
    </p>
  );
}
