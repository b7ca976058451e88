"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signUpAction } from "@/lib/auth/actions";
import { suggestHandle, tidyTypedHandle } from "@/lib/auth/handle";
import { signUpSchema } from "@/lib/auth/schema";
import { useFailureText } from "@/components/editor/use-action-form";
import { useErrorText } from "@/components/editor/use-error-text";
import { applyServerErrors } from "@/components/ui/apply-server-errors";
import { HandleStatus, displayUrl, useHandleAvailability } from "./handle-status";
import { FormAlert } from "./form-alert";
import { PasswordInput } from "./password-input";
import { callAction } from "@/components/ui/call-action";
import { LIMITS } from "@/lib/validation";

type Values = z.input<typeof signUpSchema>;
const fields = ["name", "email", "handle", "password"] as const;

/** Sign-up: the handle follows the name until edited and says at once whether it is free. */
export function SignUpForm({ next, siteUrl }: { next: string; siteUrl: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const errorText = useErrorText("auth");
  const failureText = useFailureText();
  const [handleEdited, setHandleEdited] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof signUpSchema>>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", handle: "", password: "" },
  });
  const { errors, isSubmitting, touchedFields } = form.formState;
  const handle = useWatch({ control: form.control, name: "handle" });
  const status = useHandleAvailability(handle);

  const nameField = form.register("name", {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      if (!handleEdited) form.setValue("handle", suggestHandle(event.target.value), { shouldValidate: Boolean(touchedFields.handle) });
    },
  });
  const handleField = form.register("handle", {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      // Clearing the field hands it back to the suggestion.
      setHandleEdited(event.target.value !== "");
    },
    // A handle typed like a name ("Jānis Bērziņš") becomes the handle it suggests, not a format error.
    onBlur: (event: React.FocusEvent<HTMLInputElement>) => {
      const tidy = tidyTypedHandle(event.target.value);
      if (tidy !== event.target.value) form.setValue("handle", tidy, { shouldValidate: true, shouldDirty: true });
    },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await callAction(signUpAction, values);
    if (!result.ok) {
      if (!applyServerErrors(result, form.setError, fields)) setFormError(failureText(result));
      return;
    }
    setRedirecting(true);
    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false }).catch(() => null);
    if (!signedIn || signedIn.error) {
      toast.info(t("signup.createdSignInFailed"));
      router.replace(`/login?next=${encodeURIComponent(next)}`);
      return;
    }
    toast.success(t("signup.created"));
    // One full navigation: the next page renders with the new session cookie, nothing cached from before.
    window.location.assign(next);
  });

  const busy = isSubmitting || redirecting;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert message={formError} />
      <Field label={t("fields.name")} error={errorText(errors.name?.message)}>
        {(control) => <Input {...control} autoComplete="name" autoFocus maxLength={LIMITS.name} {...nameField} />}
      </Field>
      <Field label={t("fields.email")} error={errorText(errors.email?.message)}>
        {(control) => <Input {...control} maxLength={LIMITS.email} type="email" autoComplete="email" inputMode="email" {...form.register("email")} />}
      </Field>
      <Field
        label={t("fields.handle")}
        error={errorText(errors.handle?.message)}
        hint={
          <HandleStatus
            status={errors.handle ? { state: "idle" } : status}
            siteUrl={siteUrl}
            fallback={t("handle.hint", { url: displayUrl(siteUrl, handle || "yourname") })}
          />
        }
      >
        {(control) => <Input {...control} autoComplete="username" autoCapitalize="none" spellCheck={false} maxLength={30} {...handleField} />}
      </Field>
      <Field label={t("fields.password")} error={errorText(errors.password?.message)} hint={t("password.hint")}>
        {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("password")} />}
      </Field>
      <Button type="submit" className="mt-2 w-full" pending={busy}>
        {busy ? t("signup.submitting") : t("signup.submit")}
      </Button>
      <p className="text-center text-xs text-muted">{t("signup.terms")}</p>
    </form>
  );
}
