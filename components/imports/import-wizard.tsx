"use client";

import { useId } from "react";
import type { CampaignOption } from "@/lib/campaigns/types";
import { ChooseStep } from "./choose-step";
import { DoneStep } from "./done-step";
import { DropStep } from "./drop-step";
import { FoundStep } from "./found-step";
import { useImportWizard } from "./use-import-wizard";

/** Drop a file → what we found → preview with mappings and bad rows → choose → confirm. */
export function ImportWizard({ campaigns }: { campaigns: CampaignOption[] }) {
  const id = useId();
  const wizard = useImportWizard(campaigns);
  const { phase, preview } = wizard;

  if (phase.step === "done") {
    return <DoneStep id={id} result={phase.result} platform={preview?.tables[0]?.platform ?? "OTHER"} onAgain={wizard.reset} />;
  }

  return (
    <div className="grid gap-6">
      <DropStep id={id} wizard={wizard} />
      {preview && (phase.step === "review" || phase.step === "saving") && (
        <>
          <FoundStep id={id} wizard={wizard} preview={preview} />
          <ChooseStep id={id} wizard={wizard} campaigns={campaigns} />
        </>
      )}
    </div>
  );
}
