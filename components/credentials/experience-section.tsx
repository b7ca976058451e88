"use client";

import { BriefcaseBusiness } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { bindField, DateRangeFields, TextareaField, TextField } from "@/components/editor/text-field";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { fromIsoDate } from "@/lib/dates";
import { saveExperienceAction } from "@/lib/credentials/actions";
import { experienceKindValues, upsertExperienceSchema } from "@/lib/credentials/schema";
import type { ExperienceView } from "@/lib/credentials/types";
import { CredentialList, DialogForm, HiddenBadge } from "./credential-list";
import { useCredentialForm } from "./use-credential-form";
import { LIMITS } from "@/lib/validation";

export function ExperienceSection({ items }: { items: ExperienceView[] }) {
  const t = useTranslations("credentials");
  const format = useFormatter();
  const date = (value: string) => format.dateTime(fromIsoDate(value), { month: "short", year: "numeric", timeZone: "UTC" });

  return (
    <CredentialList
      kind="experience"
      id="experience"
      icon={<BriefcaseBusiness />}
      items={items}
      empty={
        <>
          <p>{t("experience.empty")}</p>
          <p className="mt-2 text-fg">{t("experience.emptyExample")}</p>
        </>
      }
      getTitle={(item) => `${item.role}, ${item.organization}`}
      renderItem={(item) => (
        <div>
          <p className="font-medium">
            {item.role} <span className="font-normal text-muted">· {item.organization}</span>
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
            <span className="rounded-md bg-surface px-1.5 py-0.5 text-xs font-medium ring-1 ring-border">{t(`experience.kinds.${item.kind}`)}</span>
            <span>
              {date(item.startDate)} – {item.endDate ? date(item.endDate) : t("present")}
            </span>
            {item.hidden && <HiddenBadge />}
          </p>
          {item.description && <p className="mt-1 line-clamp-2 text-sm">{item.description}</p>}
        </div>
      )}
      renderForm={(item, onDone) => <ExperienceForm item={item} onDone={onDone} />}
    />
  );
}

function ExperienceForm({ item, onDone }: { item: ExperienceView | null; onDone: () => void }) {
  const t = useTranslations("credentials");
  const { form, err, errors, dialog } = useCredentialForm({
    schema: upsertExperienceSchema,
    defaultValues: {
      role: item?.role ?? "",
      organization: item?.organization ?? "",
      kind: item?.kind ?? "INTERNSHIP",
      startDate: item?.startDate ?? "",
      endDate: item?.endDate ?? "",
      current: item ? item.endDate === null : false,
      description: item?.description ?? "",
    },
    save: (values) => saveExperienceAction({ ...values, current: values.endDate === null }),
    item,
    onDone,
  });
  const { register, control } = form;
  const field = bindField(form, err);
  const current = useWatch({ control, name: "current" });

  return (
    <DialogForm {...dialog}>
      <TextField {...field("role", t("experience.fields.role"))} maxLength={LIMITS.title} placeholder={t("experience.fields.rolePlaceholder")} />
      <TextField
        {...field("organization", t("experience.fields.organization"))}
        maxLength={LIMITS.title}
        placeholder={t("experience.fields.organizationPlaceholder")}
      />
      <Field label={t("experience.fields.kind")} error={err(errors.kind?.message)}>
        {(c) => (
          <Select {...c} {...register("kind")}>
            {experienceKindValues.map((kind) => (
              <option key={kind} value={kind}>
                {t(`experience.kinds.${kind}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <DateRangeFields
        start={{ ...field("startDate", t("experience.fields.startDate")) }}
        end={{ ...field("endDate", t("experience.fields.endDate")), disabled: Boolean(current) }}
      />
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="size-4 accent-[var(--color-accent)]" {...register("current")} />
        {t("experience.fields.current")}
      </label>
      <TextareaField
        {...field("description", t("experience.fields.description"))}
        hint={t("experience.fields.descriptionHint")}
        count={control}
        rows={3}
        maxLength={LIMITS.description}
      />
    </DialogForm>
  );
}
