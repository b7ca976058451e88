"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { CardSection } from "@/components/ui/card-section";
import { callAction } from "@/components/ui/call-action";
import { useFailureToast } from "@/components/editor/use-action-form";
import { updatePageLocaleAction } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n/config";
import { setPageLocaleSchema } from "@/lib/i18n/schema";
import { LanguageChoice } from "@/components/i18n/language-choice";

type Schema = typeof setPageLocaleSchema;

/** Publish settings: the language the public page speaks to every visitor. */
export function PageLanguageForm({ pageLocale, handle }: { pageLocale: Locale; handle: string }) {
  const t = useTranslations("language.page");
  const router = useRouter();
  const failureToast = useFailureToast();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver: zodResolver(setPageLocaleSchema), defaultValues: { pageLocale } });
  const { isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await callAction(updatePageLocaleAction, values);
    if (!result.ok) {
      failureToast(t("title"), result);
      return;
    }
    form.reset(result.data);
    toast.success(t("saved"));
    router.refresh();
  });
  return (
    <CardSection id="publish-language" title={t("title")} lead={t("hint", { handle })}>
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        <LanguageChoice legend={t("label")} register={form.register("pageLocale")} />
        <div className="flex justify-end">
          <Button type="submit" pending={isSubmitting} disabled={!isDirty}>
            {t("save")}
          </Button>
        </div>
      </form>
    </CardSection>
  );
}
