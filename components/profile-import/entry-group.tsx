"use client";

import { useTranslations } from "next-intl";
import type { ProfileEntryKind } from "@/lib/profile-import/schema";
import type { ProfileEntryInput, ProfileEntryPreview } from "@/lib/profile-import/types";
import type { ProfileImportState } from "./use-profile-import";

const month = (date: string | null | undefined) => (date ? date.slice(0, 7) : "");

/** One line that tells entries apart: the title, then where and when. */
function summaryOf(kind: ProfileEntryKind, data: ProfileEntryInput, present: string): { title: string; detail: string } {
  switch (kind) {
    case "certification": {
      const cert = data as ProfileEntryInput<"certification">;
      return { title: cert.name, detail: [cert.issuer, month(cert.issuedAt)].filter(Boolean).join(" · ") };
    }
    case "experience": {
      const job = data as ProfileEntryInput<"experience">;
      return { title: job.role, detail: [job.organization, `${month(job.startDate)} – ${job.current ? present : month(job.endDate)}`].join(" · ") };
    }
    case "education": {
      const school = data as ProfileEntryInput<"education">;
      const years = [school.startYear, school.endYear].filter((year) => year !== "" && year !== null && year !== undefined).join(" – ");
      return { title: school.school, detail: [school.degree, school.field, years].filter(Boolean).join(" · ") };
    }
    default:
      return { title: (data as ProfileEntryInput<"skill">).name, detail: "" };
  }
}

/** One kind's entries with a checkbox each; duplicates are marked and cannot be ticked (the save would skip them). */
export function EntryGroup({ kind, entries, state }: { kind: ProfileEntryKind; entries: ProfileEntryPreview[]; state: ProfileImportState }) {
  const t = useTranslations("profileImport");
  if (entries.length === 0) return null;
  const headingId = `profile-import-${kind}`;
  return (
    <fieldset className="grid gap-2 rounded-card border border-border p-4" aria-labelledby={headingId} data-testid={`profile-import-${kind}`}>
      <legend id={headingId} className="px-1 font-semibold">
        {t(`kinds.${kind}`)} <span className="text-sm font-normal text-muted">({t("count", { count: entries.length })})</span>
      </legend>
      <ul className="grid gap-1">
        {entries.map((entry, index) => {
          const { title, detail } = summaryOf(kind, entry.data, t("present"));
          const id = `${headingId}-${index}`;
          const isTool = kind === "skill" && (entry.data as ProfileEntryInput<"skill">).category === "TOOL";
          return (
            <li key={id} className="flex items-start gap-3 rounded-lg px-2 py-1.5 hover:bg-surface">
              <input
                id={id}
                type="checkbox"
                className="mt-1 size-4"
                checked={state.ticks[kind][index] ?? false}
                disabled={entry.duplicate || state.phase.step === "saving"}
                onChange={(event) => state.toggle(kind, index, event.target.checked)}
              />
              <label htmlFor={id} className="grid min-w-0 gap-0.5 text-sm">
                <span className="font-medium">
                  {title}
                  {isTool && <span className="ml-2 text-xs text-muted">({t("tool")})</span>}
                  {entry.duplicate && <span className="ml-2 rounded bg-surface px-1.5 py-0.5 text-xs text-muted ring-1 ring-border">{t("duplicate")}</span>}
                </span>
                {detail && <span className="text-muted">{detail}</span>}
                {entry.notes.length > 0 && <span className="text-xs text-muted">{entry.notes.map((note) => t(`notes.${note}`)).join("; ")}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
