import Link from "next/link";
import { Icon } from "@/components/ui/sprite-icon";
import { useTranslations } from "next-intl";
import type { Visibility as VisibilityValue } from "@/lib/db/generated/enums";

/** Tells the owner they are looking at the visitor's view, and whether visitors can see it yet. */
export function PreviewBanner({ visibility, handle }: { visibility: VisibilityValue; handle: string }) {
  const t = useTranslations("publicPage.preview");
  return (
    <div role="status" className="border-b border-border bg-accent-soft" data-print-hide="">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 text-sm sm:px-6">
        <p className="flex items-center gap-2 font-medium text-fg">
          <Icon name="eye" className="size-4 text-accent" />
          {t("banner")}
          <span className="font-normal text-muted">{t(`status.${visibility}`, { url: `/${handle}` })}</span>
        </p>
        <Link href="/dashboard/publish" className="font-medium text-accent underline underline-offset-2 hover:no-underline">
          {t("settings")}
        </Link>
      </div>
    </div>
  );
}

/**
 * The owner's preview of a public page inside the dashboard (the portfolio, a case study, a document): the page
 * embedded in a framed box, its links kept under /dashboard/preview, with the banner above it. `page` renders the
 * public page with the props the preview gives it.
 */
export function PreviewFrame({
  portfolio,
  page,
}: {
  portfolio: { visibility: VisibilityValue; handle: string };
  page: (preview: { basePath: string; embedded: true; banner: React.ReactNode }) => React.ReactNode;
}) {
  return (
    <div className="-mx-4 -my-6 overflow-hidden sm:-mx-6 lg:mx-0 lg:my-0 lg:rounded-card lg:border lg:border-border">
      {page({ basePath: "/dashboard/preview", embedded: true, banner: <PreviewBanner visibility={portfolio.visibility} handle={portfolio.handle} /> })}
    </div>
  );
}
