import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
        <Link href="/" aria-label={t("home")} className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-accent text-sm text-accent-fg">
            P
          </span>
          {t("brand")}
        </Link>
        <nav className="flex items-center gap-2">
          <LocaleSwitcher />
          <ButtonLink href="/login" variant="ghost" size="sm">
            {t("signIn")}
          </ButtonLink>
          <ButtonLink href="/signup" size="sm">
            {t("getStarted")}
          </ButtonLink>
        </nav>
      </div>
    </header>
  );
}
