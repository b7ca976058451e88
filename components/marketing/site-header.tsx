import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { BrandLink } from "@/components/ui/brand-link";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
        <BrandLink href="/" aria-label={t("home")}>
          {t("brand")}
        </BrandLink>
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
