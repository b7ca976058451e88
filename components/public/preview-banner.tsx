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
