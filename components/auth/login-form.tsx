"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInSchema } from "@/lib/auth/schema";
import { useErrorText } from "@/components/editor/use-error-text";
import { FormAlert } from "./form-alert";
import { PasswordInput } from "./password-input";
import { LIMITS } from "@/lib/validation";

type Values = z.input<typeof signInSchema>;

/** Email and password sign-in; one generic message for any mismatch; returns to `next`. */
export function LoginForm({ next, initialError }: { next: string; initialError?: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorText("auth");
  const [formError, setFormError] = useState<string | null>(initialError ?? null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof signInSchema>>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    } catch {
      setFormError(t("login.failed"));
      return;
    }
    if (!result || result.error) {
      const [code, seconds] = (result?.error ?? "").split(":");
      setFormError(
        code === "RATE_LIMITED"
          ? t("login.rateLimited", { minutes: Math.max(1, Math.ceil(Number(seconds || 60) / 60)) })
          : result?.error
            ? t("login.invalid")
            : t("login.failed"),
      );
      form.setValue("password", "");
      form.setFocus("password");
      return;
    }
    setRedirecting(true);
    // One full navigation: the next page renders with the new session cookie, nothing cached from before.
    window.location.assign(next);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert message={formError} />
      <Field label={t("fields.email")} error={errors.email?.message}>
        {(control) => <Input {...control} maxLength={LIMITS.email} type="email" autoComplete="email" inputMode="email" autoFocus {...form.register("email")} />}
      </Field>
      <Field label={t("fields.password")} error={errorText(errors.password?.message)}>
        {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("password")} />}
      </Field>
      <Button type="submit" className="mt-2 w-full" pending={isSubmitting || redirecting}>
        {isSubmitting || redirecting ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
