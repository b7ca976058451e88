"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorList, FileDrop } from "@/components/ui/file-drop";
import { PROFILE_FILE_MAX_BYTES, PROFILE_HEADLINE_MAX, PROFILE_SUMMARY_MAX, profileEntryKinds } from "@/lib/profile-import/schema";
import type { ProfileEntryPreview, ProfileImportPreview } from "@/lib/profile-import/types";
import { EntryGroup } from "./entry-group";
import { useProfileImport, type ProfileImportState } from "./use-profile-import";

const accepted = ".zip,.json,application/zip,application/json";

/** Drop a LinkedIn data ZIP or a JSON Resume → every entry grouped by kind, duplicates marked → confirm → done. */
export function ProfileImportWizard() {
  const t = useTranslations("profileImport");
  const state = useProfileImport();
  const { phase, preview, errors } = state;

  if (phase.step === "done") {
    const { created, skippedDuplicates } = phase.result;
    return (
      <section className="grid gap-3 rounded-card border border-border p-4" aria-labelledby="profile-import-done">
        <h2 id="profile-import-done" className="text-lg font-semibold">
          {t("done.title")}
        </h2>
        <p role="status">{t("done.body", created)}</p>
        {skippedDuplicates > 0 && <p className="text-sm text-muted">{t("done.skipped", { count: skippedDuplicates })}</p>}
        <div className="flex flex-wrap gap-3">
          <Link className="text-accent underline" href="/dashboard/credentials">
            {t("done.credentials")}
          </Link>
          <Link className="text-accent underline" href="/dashboard/preview">
            {t("done.preview")}
          </Link>
          <button type="button" className="text-accent underline" onClick={state.reset}>
            {t("done.again")}
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="grid gap-6">
      {phase.step !== "review" && phase.step !== "saving" && (
        <FileDrop
          id="profile-import-file"
          label={t("drop.label")}
          hint={t("drop.hint")}
          accept={accepted}
          onFile={(file) => void state.choose(file)}
          disabled={phase.step === "reading"}
          reading={phase.step === "reading" ? t("drop.reading", { name: phase.name }) : undefined}
          checkType
          maxBytes={PROFILE_FILE_MAX_BYTES}
          describedBy="profile-import-errors"
          onRefuse={state.reset}
        />
      )}

      <ErrorList id="profile-import-errors" title={t("errors.title")} errors={errors} testId="profile-import-errors" />

      {preview && (phase.step === "review" || phase.step === "saving") && <Review preview={preview} state={state} />}
    </div>
  );
}

function Review({ preview, state }: { preview: ProfileImportPreview; state: ProfileImportState }) {
  const t = useTranslations("profileImport");
  const source = t(`source.${preview.source}`);
  return (
    <div className="grid gap-4">
      <p role="status">{t("found", { source })}</p>
      {(preview.headline || preview.summary) && (
        <fieldset className="grid gap-2 rounded-card border border-border p-4">
          <legend className="px-1 font-semibold">{t("profile.title")}</legend>
          {preview.headline && (
            <label className="flex items-start gap-3 text-sm">
              <input type="checkbox" className="mt-1 size-4" checked={state.takeHeadline} onChange={(event) => state.setTakeHeadline(event.target.checked)} />
              <span>
                {t("profile.headline", { value: preview.headline })}
                {preview.shortened.headline && <span className="block text-xs text-muted">{t("profile.shortened", { max: PROFILE_HEADLINE_MAX })}</span>}
                <span className="block text-xs text-muted">{preview.current.headline ? t("profile.replaces") : t("profile.empty")}</span>
              </span>
            </label>
          )}
          {preview.summary && (
            <label className="flex items-start gap-3 text-sm">
              <input type="checkbox" className="mt-1 size-4" checked={state.takeSummary} onChange={(event) => state.setTakeSummary(event.target.checked)} />
              <span>
                {t("profile.summary")}
                <span className="mt-1 block whitespace-pre-line text-muted">{preview.summary}</span>
                {preview.shortened.summary && <span className="block text-xs text-muted">{t("profile.shortened", { max: PROFILE_SUMMARY_MAX })}</span>}
                <span className="block text-xs text-muted">{preview.current.summary ? t("profile.replaces") : t("profile.empty")}</span>
              </span>
            </label>
          )}
        </fieldset>
      )}
      {profileEntryKinds.map((kind) => (
        <EntryGroup key={kind} kind={kind} entries={preview.entries[kind] as ProfileEntryPreview[]} state={state} />
      ))}
      {preview.problems.length > 0 && (
        <section className="rounded-card border border-border p-4 text-sm" aria-labelledby="profile-import-problems">
          <h2 id="profile-import-problems" className="font-semibold">
            {t("problems.title", { count: preview.problems.length })}
          </h2>
          <p className="text-muted">{t("problems.lead", { source })}</p>
          <ul className="mt-2 list-disc pl-5">
            {preview.problems.map((problem, index) => (
              <li key={index}>
                {t(`kinds.${problem.kind}`)}: {problem.label || "—"} —{" "}
                {problem.problems
                  .map((text) => {
                    const [field = "", code = ""] = text.split(":");
                    return state.problemText(field, code);
                  })
                  .join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.skipped.length > 0 && (
        <section className="rounded-card border border-border p-4 text-sm" aria-labelledby="profile-import-skipped">
          <h2 id="profile-import-skipped" className="font-semibold">
            {t("skipped.title")}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-muted">
            {preview.skipped.map((item, index) => (
              <li key={index}>{t(`skipped.${item.kind}`, { label: item.label })}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => void state.confirm()} pending={state.phase.step === "saving"}>
          {t("confirm", { count: state.chosenCount })}
        </Button>
        <Button type="button" variant="secondary" onClick={state.reset} disabled={state.phase.step === "saving"}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
