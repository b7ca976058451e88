import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { locales } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/** English / Latviešu as two radio buttons, each name in its own language. */
export function LanguageChoice({ legend, hint, register }: { legend: string; hint?: React.ReactNode; register: UseFormRegisterReturn }) {
  const t = useTranslations("language.names");
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {hint && <p className="-mt-1 text-sm text-muted">{hint}</p>}
      <div className="flex flex-wrap gap-3">
        {locales.map((locale) => (
          <label
            key={locale}
            lang={locale}
            className={cn(
              "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-2 text-sm",
              "has-[:checked]:border-accent has-[:checked]:font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent",
            )}
          >
            <input type="radio" value={locale} className="accent-[var(--color-accent)]" {...register} />
            {t(locale)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
