import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { HONEYPOT_FIELD, MAX_MESSAGE, type ContactFlash } from "@/lib/contact/schema";
import { LIMITS } from "@/lib/validation";

type ContactFormProps = {
  /** Exactly one: the public page's handle or the share link's token. */
  handle?: string;
  token?: string;
  /** A failed submit's errors and typed values (the contact page only; reading pages stay static). */
  flash?: ContactFlash | null;
};

/**
 * The contact form: a plain HTML form posting to /api/contact, so the reading
 * page ships no client code for it and it works without JavaScript. The
 * handler redirects to the confirmation page, or back to the contact page with
 * the errors beside the fields.
 */
export function ContactForm({ handle, token, flash }: ContactFormProps) {
  const t = useTranslations("contact");
  const errors = flash?.fieldErrors ?? {};
  const values = flash?.values;
  const error = (name: string) => errors[name]?.[0];
  const summary = !flash
    ? null
    : flash.code === "RATE_LIMITED"
      ? t("errors.RATE_LIMITED", { minutes: Math.max(1, Math.ceil((flash.retryAfterSeconds ?? 3600) / 60)) })
      : t(`errors.${flash.code}`);

  return (
    <form action="/api/contact" method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
      {handle && <input type="hidden" name="handle" value={handle} />}
      {token && <input type="hidden" name="token" value={token} />}
      {summary && (
        <p role="alert" className="rounded-lg border border-danger/40 bg-danger/5 p-3 text-sm text-danger sm:col-span-2">
          {summary}
        </p>
      )}
      <Field label={t("name")} error={error("name")}>
        {(control) => <Input {...control} name="name" autoComplete="name" required maxLength={LIMITS.title} defaultValue={values?.name} />}
      </Field>
      <Field label={t("email")} error={error("email")}>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" required maxLength={LIMITS.email} defaultValue={values?.email} />}
      </Field>
      <Field label={t("company")} error={error("company")} className="sm:col-span-2">
        {(control) => <Input {...control} name="company" autoComplete="organization" maxLength={LIMITS.title} defaultValue={values?.company} />}
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
        <Button type="submit">{t("send")}</Button>
      </div>
    </form>
  );
}
