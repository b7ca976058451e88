"use client";

import { useEffect, useState } from "react";
import { Check, Loader2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { handleSchema, normalizeHandle } from "@/lib/auth/handle";
import { cn } from "@/lib/utils";
import { useErrorText } from "@/components/editor/use-error-text";

type Status =
  | { state: "idle" }
  | { state: "checking"; handle: string }
  | { state: "available"; handle: string }
  | { state: "taken"; handle: string; reason: string }
  | { state: "yours" };

/**
 * Asks GET /api/handles/<handle> whether a handle is free, 350 ms after typing
 * stops (stale answers are dropped). Invalid input is left to the form's own
 * validation message.
 */
export function useHandleAvailability(value: string, currentHandle?: string): Status {
  const parsed = handleSchema.safeParse(value ?? "");
  const handle = parsed.success ? parsed.data : null;
  const [answer, setAnswer] = useState<{ handle: string; available: boolean; reason: string | null } | null>(null);

  useEffect(() => {
    if (!handle || handle === currentHandle) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/handles/${encodeURIComponent(handle)}`, { signal: controller.signal, cache: "no-store" })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { handle: string; available: boolean; reason: string | null } | null) => {
          if (body) setAnswer(body);
        })
        .catch(() => {});
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [handle, currentHandle]);

  // Reserved words are refused at once; other shape errors are the form's to explain.
  if (!parsed.success && parsed.error.issues[0]?.message === "handleReserved") {
    return { state: "taken", handle: normalizeHandle(value), reason: "handleReserved" };
  }
  if (!handle) return { state: "idle" };
  if (handle === currentHandle) return { state: "yours" };
  if (!answer || answer.handle !== handle) return { state: "checking", handle };
  return answer.available ? { state: "available", handle } : { state: "taken", handle, reason: answer.reason ?? "handleTaken" };
}

/** The line beside the handle field: checking / available with the URL / taken and why. */
export function HandleStatus({ status, siteUrl, fallback }: { status: Status; siteUrl: string; fallback?: React.ReactNode }) {
  const t = useTranslations("auth.handle");
  const errorText = useErrorText("auth");
  let content: React.ReactNode = fallback ?? null;
  if (status.state === "checking") {
    content = (
      <span className="inline-flex items-center gap-1.5 text-muted">
        <Loader2 aria-hidden className="size-3.5 animate-spin" />
        {t("checking", { handle: status.handle })}
      </span>
    );
  } else if (status.state === "available") {
    content = (
      <span className="inline-flex flex-wrap items-center gap-x-1.5 text-success">
        <Check aria-hidden className="size-3.5" />
        <span>{t("available", { handle: status.handle })}</span>
        <span className="break-all text-muted">· {displayUrl(siteUrl, status.handle)}</span>
      </span>
    );
  } else if (status.state === "taken") {
    content = (
      <span className="inline-flex flex-wrap items-center gap-x-1.5 text-danger">
        <X aria-hidden className="size-3.5" />
        <span>{status.reason === "handleTaken" ? t("taken", { handle: status.handle }) : t("unavailable")}</span>
        {status.reason !== "handleTaken" && <span>{errorText(status.reason)}</span>}
      </span>
    );
  } else if (status.state === "yours") {
    content = <span className="text-muted">{t("yours")}</span>;
  }
  return (
    <span aria-live="polite" className={cn("block min-h-4 text-xs")} data-testid="handle-status">
      {content}
    </span>
  );
}

/** "postfolio.example/zoe" for display (no protocol). */
export function displayUrl(siteUrl: string, handle: string): string {
  return `${siteUrl.replace(/^https?:\/\//, "").replace(/\/$/, "")}/${handle}`;
}
