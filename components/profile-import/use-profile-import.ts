"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveProfileImportAction } from "@/lib/profile-import/actions";
import { profileEntryKinds, saveProfileImportSchema, type ProfileEntryKind, type SaveProfileImportInput } from "@/lib/profile-import/schema";
import type { ProfileImportPreview, ProfileImportResult } from "@/lib/profile-import/types";

type Phase = { step: "drop" } | { step: "reading"; name: string } | { step: "review" } | { step: "saving" } | { step: "done"; result: ProfileImportResult };
type Ticks = Record<ProfileEntryKind, boolean[]>;

const listOf = { certification: "certifications", experience: "experience", education: "education", skill: "skills" } as const;

/** The profile import wizard's state and its two round trips (preview route, save action); the steps only show it. */
export function useProfileImport() {
  const t = useTranslations("profileImport");
  const ti = useTranslations("imports");
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ step: "drop" });
  const [preview, setPreview] = useState<ProfileImportPreview | null>(null);
  const [ticks, setTicks] = useState<Ticks>({ certification: [], experience: [], education: [], skill: [] });
  const [takeHeadline, setTakeHeadline] = useState(false);
  const [takeSummary, setTakeSummary] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  function reset() {
    setPhase({ step: "drop" });
    setPreview(null);
    setErrors([]);
  }

  /** The refusal codes the preview route answers with → sentences. */
  function fileMessages(json: unknown): string[] {
    const codes = (json as { fieldErrors?: { file?: string[] } } | null)?.fieldErrors?.file;
    const [code, detail = ""] = codes ?? [];
    if (code?.startsWith("profileImport.errors.")) return [t(code.slice("profileImport.".length) as "errors.schema", { detail })];
    if (code?.startsWith("imports.fileErrors.")) return [ti(code.slice("imports.".length) as "fileErrors.badZip")];
    if (code === "missingFile") return [ti("fileErrors.missingFile")];
    return [t("errors.generic")];
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setErrors([]);
    setPhase({ step: "reading", name: file.name });
    const body = new FormData();
    body.set("file", file);
    const response = await fetch("/api/imports/profile/preview", { method: "POST", body }).catch(() => null);
    const json: unknown = response ? await response.json().catch(() => null) : null;
    if (!response?.ok || !json) {
      setErrors(fileMessages(json));
      setPhase({ step: "drop" });
      return;
    }
    const found = json as ProfileImportPreview;
    setPreview(found);
    // Duplicates start unticked; so do a headline or summary that would replace the profile's own.
    setTicks(Object.fromEntries(profileEntryKinds.map((kind) => [kind, found.entries[kind].map((entry) => !entry.duplicate)])) as Ticks);
    setTakeHeadline(found.headline !== "" && found.current.headline === "");
    setTakeSummary(found.summary !== "" && found.current.summary === "");
    setPhase({ step: "review" });
  }

  function toggle(kind: ProfileEntryKind, index: number, on: boolean) {
    setTicks((current) => ({ ...current, [kind]: current[kind].map((value, i) => (i === index ? on : value)) }));
  }

  function choice(): SaveProfileImportInput | null {
    if (!preview) return null;
    const picked = <K extends ProfileEntryKind>(kind: K) => preview.entries[kind].filter((_, index) => ticks[kind][index]).map((entry) => entry.data);
    return {
      headline: takeHeadline && preview.headline ? preview.headline : null,
      summary: takeSummary && preview.summary ? preview.summary : null,
      certifications: picked("certification"),
      experience: picked("experience"),
      education: picked("education"),
      skills: picked("skill"),
    } as SaveProfileImportInput;
  }

  const chosenCount = profileEntryKinds.reduce((sum, kind) => sum + ticks[kind].filter(Boolean).length, 0);

  /** An invalid entry of the choice → "Experience, entry 4: The end date is before the start". */
  function entryMessages(fieldErrors: Record<string, string[]> | undefined): string[] {
    if (!fieldErrors) return [t("errors.generic")];
    return Object.entries(fieldErrors).flatMap(([path, codes]) => {
      const [list, index, field] = path.split(".");
      const kind = profileEntryKinds.find((candidate) => listOf[candidate] === list);
      return codes.map((code) => {
        const problem = problemText(field ?? "", code);
        return kind ? t("errors.entry", { kind: t(`kinds.${kind}`), number: Number(index) + 1, problem }) : problem;
      });
    });
  }

  function problemText(field: string, code: string): string {
    const fieldKey = (t.has(`problems.fields.${field}` as "problems.fields.name") ? field : "other") as "name";
    const codeKey = (t.has(`problems.codes.${code}` as "problems.codes.invalid") ? code : "invalid") as "invalid";
    return t(`problems.codes.${codeKey}`, { field: t(`problems.fields.${fieldKey}`) });
  }

  async function confirm() {
    const input = choice();
    if (!input) return;
    if (chosenCount === 0 && !input.headline && !input.summary) {
      setErrors([t("nothingChosen")]);
      return;
    }
    // The schema the server checks again.
    const checked = saveProfileImportSchema.safeParse(input);
    if (!checked.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of checked.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
      setErrors(entryMessages(fieldErrors));
      return;
    }
    setErrors([]);
    setPhase({ step: "saving" });
    const result = await saveProfileImportAction(input).catch(() => null);
    if (!result?.ok) {
      setErrors(
        result?.code === "RATE_LIMITED" ? [t("errors.rateLimited")] : result?.code === "VALIDATION" ? entryMessages(result.fieldErrors) : [t("errors.generic")],
      );
      setPhase({ step: "review" });
      return;
    }
    setPhase({ step: "done", result: result.data });
    router.refresh(); // the answer is the counts only (#19): the nav's credentials count is read again
  }

  return {
    phase,
    preview,
    ticks,
    toggle,
    takeHeadline,
    setTakeHeadline,
    takeSummary,
    setTakeSummary,
    errors,
    chosenCount,
    choose,
    confirm,
    reset,
    problemText,
  };
}

export type ProfileImportState = ReturnType<typeof useProfileImport>;
