"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { FigurePiece, FigureRow } from "@/components/editor/figure-rows";
import { useErrorText } from "@/components/editor/use-error-text";
import type { MediaAltControl } from "@/components/media/attached-media";
import { SingleMediaField } from "@/components/media/single-media-field";
import { IconButton } from "@/components/ui/icon-button";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { UpsertCampaignInput } from "@/lib/campaigns/schema";
import type { MediaView } from "@/lib/media/types";

type MetricEditorProps = {
  index: number;
  control: Control<UpsertCampaignInput>;
  register: UseFormRegister<UpsertCampaignInput>;
  setValue: UseFormSetValue<UpsertCampaignInput>;
  errors: FieldErrors<UpsertCampaignInput>;
  evidence: MediaView | null;
  /** The evidence's alt text (or title), saved with the campaign. */
  evidenceAlt: (mediaId: string) => MediaAltControl;
  onEvidence: (media: MediaView) => void;
  onEvidenceRemoved: (mediaId: string) => void;
  onRemove: () => void;
};

/** One metric: kind, value, baseline, source; period, evidence and time series behind a disclosure. */
export function MetricEditor({
  index,
  control,
  register,
  setValue,
  errors,
  evidence,
  evidenceAlt,
  onEvidence,
  onEvidenceRemoved,
  onRemove,
}: MetricEditorProps) {
  const t = useTranslations("campaigns.metric");
  const err = useErrorText("editor");
  const kind = useWatch({ control, name: `metrics.${index}.kind` });
  const evidenceId = useWatch({ control, name: `metrics.${index}.evidenceId` });
  const series = useFieldArray({ control, name: `metrics.${index}.series` });
  const metricErrors = errors.metrics?.[index];
  const number = index + 1;

  return (
    <FigureRow
      testId="metric-row"
      heading={t("heading", { number })}
      removeLabel={t("remove", { number })}
      onRemove={onRemove}
      label={(key) => t(key)}
      layout={kind === "CUSTOM" ? ["kind", "customName", "value", "baseline", "source"] : ["kind", "source", "value", "baseline"]}
      registration={(name) => register(`metrics.${index}.${name}`)}
      error={(name) => err(metricErrors?.[name]?.message)}
    >
      <details className="group mt-3" open={Boolean(evidenceId) || series.fields.length > 0 || undefined}>
        <summary className="cursor-pointer text-sm font-medium text-accent">{t("showMore")}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {(["periodStart", "periodEnd"] as const).map((name) => (
            <FigurePiece
              key={name}
              name={name}
              label={(key) => t(key)}
              registration={register(`metrics.${index}.${name}`)}
              error={err(metricErrors?.[name]?.message)}
            />
          ))}
        </div>

        <fieldset className="mt-4">
          <legend className="text-sm font-medium">{t("evidence")}</legend>
          <p className="text-xs text-muted">{t("evidenceHint")}</p>
          <div className="mt-2">
            <SingleMediaField
              media={evidenceId && evidence ? evidence : null}
              alt={evidenceAlt}
              removeLabel={t("removeEvidence")}
              onRemove={(media) => {
                setValue(`metrics.${index}.evidenceId`, null, { shouldDirty: true });
                onEvidenceRemoved(media.id);
              }}
              purpose="evidence"
              accept="any"
              onUploaded={(media) => {
                onEvidence(media);
                setValue(`metrics.${index}.evidenceId`, media.id, { shouldDirty: true });
              }}
            />
          </div>
          {metricErrors?.evidenceId?.message && <FieldError message={err(metricErrors.evidenceId.message) ?? ""} />}
        </fieldset>

        <fieldset className="mt-4">
          <legend className="text-sm font-medium">{t("series")}</legend>
          <p className="text-xs text-muted">{t("seriesHint")}</p>
          {series.fields.length > 0 && (
            <ol className="mt-2 grid gap-2">
              {series.fields.map((point, pointIndex) => {
                const pointErrors = metricErrors?.series?.[pointIndex];
                return (
                  <li key={point.id} className="flex items-start gap-2">
                    <Field label={t("seriesDate")} className="flex-1" error={err(pointErrors?.date?.message)}>
                      {(c) => <Input {...c} type="date" {...register(`metrics.${index}.series.${pointIndex}.date`)} />}
                    </Field>
                    <Field label={t("seriesValue")} className="flex-1" error={err(pointErrors?.value?.message)}>
                      {(c) => <Input {...c} inputMode="decimal" className="tabular" {...register(`metrics.${index}.series.${pointIndex}.value`)} />}
                    </Field>
                    <IconButton icon={Trash2} className="mt-6" label={t("removePoint", { number: pointIndex + 1 })} onClick={() => series.remove(pointIndex)} />
                  </li>
                );
              })}
            </ol>
          )}
          {metricErrors?.series?.message && <FieldError message={err(metricErrors.series.message) ?? ""} />}
          <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={() => series.append({ date: "", value: "" })}>
            <Plus aria-hidden className="size-4" />
            {t("addPoint")}
          </Button>
        </fieldset>
      </details>
    </FigureRow>
  );
}
