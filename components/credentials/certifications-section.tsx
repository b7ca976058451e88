"use client";

import { AlertTriangle, Award, ExternalLink } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { bindField, DateRangeFields, TextField } from "@/components/editor/text-field";
import { fromIsoDate } from "@/lib/dates";
import { saveCertificationAction } from "@/lib/credentials/actions";
import { isExpired, todayIso } from "@/lib/credentials/expiry";
import { certificationPresets } from "@/lib/credentials/presets";
import { upsertCertificationSchema } from "@/lib/credentials/schema";
import type { CertificationView } from "@/lib/credentials/types";
import { cn } from "@/lib/utils";
import { CredentialList, DialogForm, HiddenBadge } from "./credential-list";
import { useCredentialForm } from "./use-credential-form";
import { LIMITS } from "@/lib/validation";

export function CertificationsSection({ items }: { items: CertificationView[] }) {
  const t = useTranslations("credentials");
  const format = useFormatter();
  const today = todayIso();
  const date = (value: string) => format.dateTime(fromIsoDate(value), { month: "short", year: "numeric", timeZone: "UTC" });

  return (
    <CredentialList
      kind="certification"
      id="certifications"
      icon={<Award />}
      items={items}
      getTitle={(item) => item.name}
      renderItem={(item) => {
        const expired = isExpired(item.expiresAt, today);
        return (
          <div data-testid="certification-row">
            <p className="font-medium">{item.name}</p>
            <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
              {item.issuer && <span>{item.issuer}</span>}
              {item.issuedAt && <span>{t("certifications.issued", { date: date(item.issuedAt) })}</span>}
              {item.expiresAt &&
                (expired ? (
                  <span className="inline-flex items-center gap-1 rounded-md border border-warning px-1.5 py-0.5 text-xs font-medium text-warning">
                    <AlertTriangle aria-hidden className="size-3.5" />
                    {t("certifications.expired")}
                    <span className="sr-only"> · {t("certifications.expiredOn", { date: date(item.expiresAt) })}</span>
                  </span>
                ) : (
                  <span>{t("certifications.expires", { date: date(item.expiresAt) })}</span>
                ))}
              {item.hidden && <HiddenBadge />}
            </p>
            {item.verifyUrl && (
              <a
                href={item.verifyUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-accent hover:underline"
                aria-label={t("certifications.verifyNamed", { name: item.name })}
              >
                {t("certifications.verify")}
                <ExternalLink aria-hidden className="size-3.5" />
              </a>
            )}
          </div>
        );
      }}
      renderForm={(item, onDone) => <CertificationForm item={item} taken={items.map((other) => other.name.toLowerCase())} onDone={onDone} />}
    />
  );
}

function CertificationForm({ item, taken, onDone }: { item: CertificationView | null; taken: string[]; onDone: () => void }) {
  const t = useTranslations("credentials");
  const { form, err, dialog } = useCredentialForm({
    schema: upsertCertificationSchema,
    defaultValues: {
      name: item?.name ?? "",
      issuer: item?.issuer ?? "",
      issuedAt: item?.issuedAt ?? "",
      expiresAt: item?.expiresAt ?? "",
      credentialId: item?.credentialId ?? "",
      verifyUrl: item?.verifyUrl ?? "",
    },
    save: saveCertificationAction,
    item,
    onDone,
  });
  const { setValue, control } = form;
  const field = bindField(form, err);
  const name = useWatch({ control, name: "name" });

  return (
    <DialogForm {...dialog}>
      {!item && (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">{t("certifications.presets")}</legend>
          <p className="text-xs text-muted">{t("certifications.presetsHint")}</p>
          <div className="flex flex-wrap gap-2">
            {certificationPresets.map((preset) => {
              const selected = name === preset.name;
              const added = taken.includes(preset.name.toLowerCase());
              return (
                <button
                  key={preset.key}
                  type="button"
                  aria-pressed={selected}
                  onClick={() => {
                    setValue("name", preset.name, { shouldDirty: true, shouldValidate: true });
                    setValue("issuer", preset.issuer, { shouldDirty: true });
                  }}
                  className={cn(
                    "rounded-full border px-3 py-1.5 text-sm transition-colors",
                    selected ? "border-transparent bg-accent text-accent-fg" : "border-border hover:bg-surface",
                  )}
                >
                  {added ? t("certifications.alreadyAdded", { name: preset.name }) : preset.name}
                </button>
              );
            })}
          </div>
        </fieldset>
      )}
      <TextField {...field("name", t("certifications.fields.name"))} maxLength={LIMITS.title} placeholder={t("certifications.fields.namePlaceholder")} />
      <TextField {...field("issuer", t("certifications.fields.issuer"))} maxLength={LIMITS.title} placeholder={t("certifications.fields.issuerPlaceholder")} />
      <DateRangeFields
        start={{ ...field("issuedAt", t("certifications.fields.issuedAt")) }}
        end={{
          ...field("expiresAt", t("certifications.fields.expiresAt")),
          hint: t("certifications.fields.expiresAtHint"),
        }}
      />
      <TextField {...field("credentialId", t("certifications.fields.credentialId"))} maxLength={LIMITS.title} autoComplete="off" />
      <TextField
        {...field("verifyUrl", t("certifications.fields.verifyUrl"))}
        hint={t("certifications.fields.verifyUrlHint")}
        maxLength={LIMITS.url}
        type="url"
        placeholder="https://"
      />
    </DialogForm>
  );
}
