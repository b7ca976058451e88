"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { useFailureToast } from "@/components/editor/use-action-form";
import { updateAppearanceAction } from "@/lib/publishing/actions";
import { accentPresets, updateAppearanceSchema } from "@/lib/publishing/schema";
import { themeNames, themeVariables, type ThemeName } from "@/lib/public/themes";
import { cn } from "@/lib/utils";
import { CardSection } from "@/components/ui/card-section";
import { callAction } from "@/components/ui/call-action";

type Schema = typeof updateAppearanceSchema;

const presetNames = ["indigo", "teal", "rose", "amber", "violet", "sky", "green", "graphite"] as const;

/** A miniature of the public page in one theme, with the accent as it will really be shown. */
function ThemeSwatch({ theme, accent }: { theme: ThemeName; accent: string }) {
  const vars = themeVariables(theme, accent);
  const t = useTranslations("publicPage.publish.appearance");
  return (
    <span
      aria-hidden
      className="grid gap-1.5 rounded-md border p-3"
      style={{ background: vars["--color-bg"], borderColor: vars["--color-border"], fontFamily: vars["--font-heading"] }}
    >
      <span className="text-sm font-semibold" style={{ color: vars["--color-fg"] }}>
        Aa
      </span>
      <span className="h-1.5 w-3/4 rounded-full" style={{ background: vars["--color-muted"] }} />
      <span className="flex items-center gap-1.5">
        <span className="rounded px-1.5 py-0.5 text-[10px] font-medium" style={{ background: vars["--color-accent"], color: vars["--color-accent-fg"] }}>
          +42%
        </span>
        <span className="text-[10px] font-medium underline" style={{ color: vars["--color-accent"] }}>
          {t("sampleLink")}
        </span>
      </span>
    </span>
  );
}

/** Theme and accent colour, with a live preview of each theme. */
export function AppearanceForm({ initial }: { initial: z.input<Schema> }) {
  const t = useTranslations("publicPage.publish.appearance");
  const router = useRouter();
  const failureToast = useFailureToast();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver: zodResolver(updateAppearanceSchema), defaultValues: initial });
  const { register, handleSubmit, setValue, formState, reset, control } = form;
  const theme = useWatch({ control, name: "theme" });
  const accent = useWatch({ control, name: "accentColor" });
  const validAccent = /^#[0-9a-fA-F]{6}$/.test(accent) ? accent : initial.accentColor;
  const adjusted = themeVariables(theme as ThemeName, validAccent)["--color-accent"];

  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(updateAppearanceAction, values);
    if (!result.ok) {
      failureToast(t("failed"), result);
      return;
    }
    reset(result.data);
    toast.success(t("saved"), { description: t("savedHint") });
    router.refresh();
  });

  return (
    <CardSection id="publish-appearance" title={t("title")} lead={t("description")}>
      <form onSubmit={onSubmit} className="grid gap-6" noValidate>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">{t("theme")}</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            {themeNames.map((name) => (
              <label
                key={name}
                className={cn(
                  "grid cursor-pointer gap-2 rounded-lg border p-3 transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent",
                  theme === name ? "border-accent bg-accent-soft" : "border-border hover:bg-surface",
                )}
              >
                <ThemeSwatch theme={name} accent={validAccent} />
                <span className="flex items-center gap-2 text-sm">
                  <input type="radio" value={name} {...register("theme")} className="accent-[var(--color-accent)]" />
                  <span className="font-medium">{t(`themes.${name}.label`)}</span>
                </span>
                <span className="text-xs text-muted">{t(`themes.${name}.hint`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="grid gap-3">
          <legend className="mb-1 text-sm font-medium">{t("accent")}</legend>
          <div className="flex flex-wrap items-center gap-2">
            {accentPresets.map((preset, index) => {
              const selected = accent.toLowerCase() === preset;
              return (
                <button
                  key={preset}
                  type="button"
                  onClick={() => setValue("accentColor", preset, { shouldDirty: true, shouldValidate: true })}
                  aria-pressed={selected}
                  aria-label={t(`presets.${presetNames[index]!}`)}
                  title={t(`presets.${presetNames[index]!}`)}
                  className={cn("grid size-9 place-items-center rounded-full ring-offset-2 ring-offset-bg", selected ? "ring-2 ring-fg" : "ring-1 ring-border")}
                  style={{ background: preset }}
                >
                  {selected && <Check aria-hidden className="size-4 text-white mix-blend-difference" />}
                </button>
              );
            })}
            <label className="ml-1 flex items-center gap-2 text-sm">
              <input
                type="color"
                value={validAccent}
                onChange={(event) => setValue("accentColor", event.target.value, { shouldDirty: true, shouldValidate: true })}
                className="h-9 w-12 cursor-pointer rounded-md border border-border bg-bg p-0.5"
              />
              {t("custom")}
            </label>
            <span className="font-mono text-sm text-muted">{validAccent}</span>
          </div>
          {formState.errors.accentColor && <p className="text-sm text-danger">{t("errors.accentColor")}</p>}
          <p className="text-xs text-muted" aria-live="polite">
            {adjusted.toLowerCase() === validAccent.toLowerCase() ? t("contrastOk") : t("contrastAdjusted", { color: adjusted })}
          </p>
        </fieldset>

        <div className="flex justify-end">
          <Button type="submit" pending={formState.isSubmitting} disabled={!formState.isDirty}>
            {t("save")}
          </Button>
        </div>
      </form>
    </CardSection>
  );
}
