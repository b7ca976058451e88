"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckCircle2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { sendContactMessageAction } from "@/lib/contact/actions";
import { HONEYPOT_FIELD, MAX_MESSAGE, type ContactFormState } from "@/lib/contact/schema";

type ContactFormProps = {
  /** The owner's display name, for "goes straight to {name}'s inbox". */
  ownerName: string;
  /** Exactly one: the public page's handle or the share link's token. */
  handle?: string;
  token?: string;
};

const initialState: ContactFormState = { status: "idle" };

/**
 * The contact form at #contact. A plain form POST to a server action, so it
 * works without JavaScript; with it, errors and success show in place.
 */
export function ContactForm({ ownerName, handle, token }: ContactFormProps) {
  const t = useTranslations("contact");
  const [state, formAction, pending] = useActionState(sendContactMessageAction, initialState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? state.values : undefined;
  const error = (name: string) => errors[name]?.[0];

  if (state.status === "sent") {
    return (
      <div role="status" className="grid justify-items-start gap-2 rounded-card border border-success/40 bg-success/5 p-5">
        <p className="flex items-center gap-2 font-medium">
          <CheckCircle2 aria-hidden className="size-5 text-success" />
          {t("sent")}
        </p>
        <p className="text-sm text-muted">{t("sentBody", { name: ownerName })}</p>
      </div>
    );
  }

  const summary =
    state.status === "error"
      ? state.code === "RATE_LIMITED"
        ? t("errors.RATE_LIMITED", { minutes: Math.max(1, Math.ceil((state.retryAfterSeconds ?? 3600) / 60)) })
        : t(`errors.${state.code}`)
      : null;

  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      {handle && <input type="hidden" name="handle" value={handle} />}
      {token && <input type="hidden" name="token" value={token} />}
      {summary && (
        <p role="alert" className="rounded-lg border border-danger/40 bg-danger/5 p-3 text-sm text-danger sm:col-span-2">
          {summary}
        </p>
      )}
      <Field label={t("name")} error={error("name")}>
        {(control) => <Input {...control} name="name" autoComplete="name" required maxLength={120} defaultValue={values?.name} />}
      </Field>
      <Field label={t("email")} error={error("email")}>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={values?.email} />}
      </Field>
      <Field label={t("company")} error={error("company")} className="sm:col-span-2">
        {(control) => <Input {...control} name="company" autoComplete="organization" maxLength={120} defaultValue={values?.company} />}
      </Field>
      <Field label={t("message")} hint={t("messageHint")} error={error("message")} className="sm:col-span-2">
        {(control) => <Textarea {...control} name="message" rows={5} required maxLength={MAX_MESSAGE} defaultValue={values?.message} />}
      </Field>
      {/* Honeypot: hidden from people and assistive tech; bots that fill it are accepted silently and dropped. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          {t("honeypot")}
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {t("send")}
        </Button>
      </div>
    </form>
  );
}
