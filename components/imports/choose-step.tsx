"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { objectiveValues } from "@/lib/campaigns/schema";
import type { CampaignOption } from "@/lib/campaigns/types";
import { currencyValues } from "@/lib/money";
import { choiceClass, ChoiceSelect, WorkKindSelect } from "./choice-select";
import type { ImportWizardState } from "./use-import-wizard";

/** Step 3: what to make of the file (samples from a post table, a campaign from the daily ones), then confirm. */
export function ChooseStep({ id, wizard, campaigns }: { id: string; wizard: ImportWizardState; campaigns: CampaignOption[] }) {
  const t = useTranslations("imports");
  const w = wizard;
  return (
    <section className="grid gap-4 rounded-card border border-border p-4" aria-labelledby={`${id}-choose`}>
      <h2 id={`${id}-choose`} className="text-lg font-semibold">
        {t("choose.title")}
      </h2>
      {w.postTables.length > 0 && (
        <fieldset className="grid gap-2">
          <CheckLine label={t("choose.samples")} checked={w.samplesOn} onChange={w.setSamplesOn} />
          {w.samplesOn && (
            <div className="grid gap-3 sm:grid-cols-2">
              {w.postTables.length > 1 && (
                <ChoiceSelect
                  label={t("choose.samplesFrom")}
                  value={w.sampleTable}
                  onChange={(value) => w.setSampleTable(Number(value))}
                  options={w.postTables.map((table) => ({ value: table.index, label: t(`reports.${table.formatId}` as "reports.x-content") }))}
                />
              )}
              <WorkKindSelect label={t("choose.workKind")} value={w.sampleWorkKind} onChange={w.setSampleWorkKind} />
            </div>
          )}
        </fieldset>
      )}
      {w.dayTables.length > 0 && (
        <fieldset className="grid gap-2">
          <CheckLine label={t("choose.campaign")} checked={w.campaignOn} onChange={w.setCampaignOn} />
          {w.campaignOn && <CampaignChoice id={id} wizard={wizard} campaigns={campaigns} />}
        </fieldset>
      )}
      <div className="flex gap-3">
        <Button type="button" onClick={() => void w.confirm()} pending={w.phase.step === "saving"}>
          {w.phase.step === "saving" ? t("choose.saving") : t("choose.confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={w.reset}>
          {t("drop.another")}
        </Button>
      </div>
    </section>
  );
}

function CheckLine({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm font-medium">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

function CampaignChoice({ id, wizard: w, campaigns }: { id: string; wizard: ImportWizardState; campaigns: CampaignOption[] }) {
  const t = useTranslations("imports");
  const te = useTranslations("campaigns.objectives");
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name={`${id}-mode`} checked={w.campaignMode === "new"} onChange={() => w.setCampaignMode("new")} />
          {t("choose.newCampaign")}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={w.campaignMode === "merge"}
            onChange={() => w.setCampaignMode("merge")}
            disabled={campaigns.length === 0}
          />
          {t("choose.mergeCampaign")}
        </label>
      </div>
      {w.campaignMode === "merge" ? (
        <ChoiceSelect
          label={t("choose.existing")}
          value={w.campaignId}
          onChange={w.setCampaignId}
          options={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.title }))}
        />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="text-sm">
            {t("choose.campaignTitle")}
            <input className={choiceClass} value={w.title} maxLength={120} onChange={(event) => w.setTitle(event.target.value)} />
          </label>
          <WorkKindSelect label={t("choose.workKind")} value={w.campaignWorkKind} onChange={w.setCampaignWorkKind} />
          <ChoiceSelect
            label={t("choose.objective")}
            value={w.objective}
            onChange={w.setObjective}
            options={objectiveValues.map((value) => ({ value, label: te(value) }))}
          />
          <ChoiceSelect
            label={t("choose.currency")}
            value={w.currency}
            onChange={w.setCurrency}
            options={currencyValues.map((value) => ({ value, label: value }))}
          />
        </div>
      )}
    </div>
  );
}
