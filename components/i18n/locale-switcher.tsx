import { getLocale, getTranslations } from "next-intl/server";
import { chooseLocaleAction } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/**
 * EN / LV on the landing and sign-in pages: a form of two buttons posting to a
 * server action (no client JavaScript needed), each labelled in its own language.
 */
export async function LocaleSwitcher({ className }: { className?: string }) {
  const [current, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={chooseLocaleAction} className={cn("flex items-center gap-1 text-sm", className)} aria-label={t("switcher.label")}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={cn(
            "min-h-9 min-w-9 rounded-md px-2 font-medium uppercase focus-visible:ring-2 focus-visible:ring-accent focus-visible:outline-none",
            locale === current ? "bg-fg text-bg" : "text-muted hover:text-fg",
          )}
        >
          {locale}
          <span className="sr-only"> {t(`names.${locale}`)}</span>
        </button>
      ))}
    </form>
  );
}
