"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { buttonLinkClass } from "@/components/ui/button-link";
import { FileDrop } from "@/components/ui/file-drop";
import { MAX_EXPORT_UPLOAD_BYTES } from "@/lib/export/limits";
import type { ExportCounts } from "@/lib/export/read";

type Phase =
  | { step: "choose" }
  | { step: "reading"; name: string }
  | { step: "preview"; file: File; counts: ExportCounts }
  | { step: "saving"; file: File; counts: ExportCounts }
  | { step: "done" };

const cardClass = "rounded-xl border border-border p-5";

/** Export everything, the JSON Resume download, and the import of a Postfolio export (upload → counts → confirm). */
export function DataPage({ accountIsEmpty }: { accountIsEmpty: boolean }) {
  const t = useTranslations("dataExport");
  const ti = useTranslations("imports");
  const tu = useTranslations("uploadStream");
  const tf = useTranslations("fileDrop");
  const router = useRouter();
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ step: "choose" });
  const [errors, setErrors] = useState<string[]>([]);
  const [replaceProfile, setReplaceProfile] = useState(accountIsEmpty);

  function messagesOf(response: Response | null, json: unknown): string[] {
    if (response?.status === 429) return [t("errors.rateLimited")];
    const codes = (json as { fieldErrors?: { file?: string[] } } | null)?.fieldErrors?.file ?? [];
    const known = codes.filter(
      (code) => code.startsWith("dataExport.errors.") || code.startsWith("imports.fileErrors.") || code.startsWith("uploadStream.errors."),
    );
    if (known.length === 0) return [t("errors.failed")];
    return known.map((code) =>
      code.startsWith("dataExport.")
        ? t(code.slice("dataExport.".length) as "errors.failed")
        : code.startsWith("uploadStream.")
          ? tu(code.slice("uploadStream.".length) as "errors.tooLarge")
          : ti(code.slice("imports.".length) as "errors.generic"),
    );
  }

  async function send(url: string, file: File) {
    // The ZIP itself is the body (not a form): the server streams it to a temporary file as it arrives.
    const response = await fetch(url, { method: "POST", body: file, headers: { "content-type": "application/zip" } }).catch(() => null);
    const json = response ? await response.json().catch(() => null) : null;
    return { response, json };
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setErrors([]);
    setPhase({ step: "reading", name: file.name });
    const { response, json } = await send("/api/export/import/preview", file);
    if (!response?.ok || !json) {
      setErrors(messagesOf(response, json));
      setPhase({ step: "choose" });
      return;
    }
    setPhase({ step: "preview", file, counts: (json as { counts: ExportCounts }).counts });
  }

  async function confirm() {
    if (phase.step !== "preview") return;
    setPhase({ ...phase, step: "saving" });
    const { response, json } = await send(`/api/export/import${replaceProfile ? "?replaceProfile=1" : ""}`, phase.file);
    if (!response?.ok) {
      setErrors(messagesOf(response, json));
      setPhase({ ...phase, step: "preview" });
      return;
    }
    setPhase({ step: "done" });
    router.refresh(); // the nav's counts follow the imported rows
  }

  return (
    <div className="grid gap-6">
      <DataSection id={`${id}-export`} title={t("export.title")} body={t("export.body")}>
        {/* A plain link: the browser downloads the streamed ZIP itself. */}
        <a href="/api/export" download className={buttonLinkClass({ className: "mt-4" })}>
          {t("export.button")}
        </a>
      </DataSection>

      <DataSection id={`${id}-resume`} title={t("jsonResume.title")} body={t("jsonResume.body")}>
        <a href="/api/export/json-resume" download className={buttonLinkClass({ variant: "secondary", className: "mt-4" })}>
          {t("jsonResume.button")}
        </a>
      </DataSection>

      <DataSection id={`${id}-import`} title={t("import.title")} body={t("import.body")}>
        {(phase.step === "choose" || phase.step === "reading") && (
          <div className="mt-4">
            <FileDrop
              id={`${id}-file`}
              label={t("import.file")}
              hint={tf("exportHint", { max: MAX_EXPORT_UPLOAD_BYTES / 1024 ** 3 })}
              accept=".zip,application/zip"
              onFile={(file) => void choose(file)}
              disabled={phase.step === "reading"}
              reading={phase.step === "reading" ? t("import.reading", { name: phase.name }) : undefined}
              checkType
              maxBytes={MAX_EXPORT_UPLOAD_BYTES}
              describedBy={`${id}-errors`}
              onRefuse={() => setErrors([])}
            />
          </div>
        )}
        {/* The server's refusal, under the field it is about (and in its description). */}
        {errors.length > 0 && (
          <ul
            id={`${id}-errors`}
            role="alert"
            className="mt-3 grid gap-1 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
          >
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {(phase.step === "preview" || phase.step === "saving") && (
          <div className="mt-4 grid gap-3">
            <p role="status" className="text-sm" data-testid="export-preview">
              {t("import.preview", {
                ...phase.counts,
                credentials: phase.counts.certifications + phase.counts.experience + phase.counts.skills + phase.counts.education,
              })}
            </p>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={replaceProfile} onChange={(event) => setReplaceProfile(event.target.checked)} />
              {t("import.replaceProfile")}
            </label>
            <div className="flex flex-wrap gap-2">
              <Button type="button" onClick={() => void confirm()} pending={phase.step === "saving"}>
                {phase.step === "saving" ? t("import.saving") : t("import.confirm")}
              </Button>
              <Button type="button" variant="secondary" disabled={phase.step === "saving"} onClick={() => setPhase({ step: "choose" })}>
                {t("import.cancel")}
              </Button>
            </div>
          </div>
        )}
        {phase.step === "done" && (
          <div className="mt-4 grid gap-2">
            <p role="status" className="text-sm">
              {t("import.done")}
            </p>
            <Link href="/dashboard" className={buttonLinkClass({ variant: "secondary", className: "justify-self-start" })}>
              {t("import.toDashboard")}
            </Link>
          </div>
        )}
      </DataSection>
    </div>
  );
}

/** One of the page's three cards: heading, what it does, then its control. */
function DataSection({ id, title, body, children }: { id: string; title: string; body: string; children: React.ReactNode }) {
  return (
    <section className={cardClass} aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-muted">{body}</p>
      {children}
    </section>
  );
}
