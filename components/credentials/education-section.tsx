"use client";

import { GraduationCap } from "lucide-react";
import { useTranslations } from "next-intl";
import { bindField, TextField } from "@/components/editor/text-field";
import { saveEducationAction } from "@/lib/credentials/actions";
import { MAX_YEAR, MIN_YEAR, upsertEducationSchema } from "@/lib/credentials/schema";
import type { EducationView } from "@/lib/credentials/types";
import { CredentialList, DialogForm, HiddenBadge } from "./credential-list";
import { useCredentialForm } from "./use-credential-form";
import { LIMITS } from "@/lib/validation";

function describe(item: EducationView): string {
  return [item.degree, item.field].filter(Boolean).join(", ");
}

export function EducationSection({ items }: { items: EducationView[] }) {
  const t = useTranslations("credentials");
  return (
    <CredentialList
      kind="education"
      id="education"
      icon={<GraduationCap />}
      title={`${t("education.title")} (${t("education.optional")})`}
      items={items}
      getTitle={(item) => item.school}
      renderItem={(item) => (
        <div>
          <p className="font-medium">{item.school}</p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-muted">
            {describe(item) && <span>{describe(item)}</span>}
            {(item.startYear || item.endYear) && (
              <span className="tabular">{t("education.years", { start: item.startYear ?? "…", end: item.endYear ?? "…" })}</span>
            )}
            {item.hidden && <HiddenBadge />}
          </p>
        </div>
      )}
      renderForm={(item, onDone) => <EducationForm item={item} onDone={onDone} />}
    />
  );
}

function EducationForm({ item, onDone }: { item: EducationView | null; onDone: () => void }) {
  const t = useTranslations("credentials");
  const { form, err, dialog } = useCredentialForm({
    schema: upsertEducationSchema,
    defaultValues: {
      school: item?.school ?? "",
      degree: item?.degree ?? "",
      field: item?.field ?? "",
      startYear: item?.startYear === null || item?.startYear === undefined ? "" : String(item.startYear),
      endYear: item?.endYear === null || item?.endYear === undefined ? "" : String(item.endYear),
    },
    save: saveEducationAction,
    item,
    onDone,
  });
  const field = bindField(form, err);

  const year = { type: "number", inputMode: "numeric", min: MIN_YEAR, max: MAX_YEAR, className: "tabular" } as const;
  return (
    <DialogForm {...dialog}>
      <TextField {...field("school", t("education.fields.school"))} maxLength={LIMITS.title} placeholder={t("education.fields.schoolPlaceholder")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("degree", t("education.fields.degree"))} maxLength={LIMITS.title} placeholder={t("education.fields.degreePlaceholder")} />
        <TextField {...field("field", t("education.fields.field"))} maxLength={LIMITS.title} placeholder={t("education.fields.fieldPlaceholder")} />
        <TextField {...field("startYear", t("education.fields.startYear"))} {...year} />
        <TextField {...field("endYear", t("education.fields.endYear"))} hint={t("education.fields.endYearHint")} {...year} />
      </div>
    </DialogForm>
  );
}
