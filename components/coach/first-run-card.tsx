import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowRight, Check } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import type { FirstRun } from "@/lib/coach/first-run";
import { cn } from "@/lib/utils";

/**
 * A new account's one short path: four numbered steps with progress from real data, one button on the
 * step to take now (not a wall of Fix buttons). Server component; the overview shows it until all four are done.
 */
export async function FirstRunCard({ path, className }: { path: FirstRun; className?: string }) {
  const t = await getTranslations("firstRun");
  const tp = await getTranslations("profileImport");
  const total = path.steps.length;
  return (
    <section
      aria-labelledby="first-run-heading"
      className={cn("rounded-card border border-accent/40 bg-accent-soft/40 p-4 sm:p-6", className)}
      data-testid="first-run"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <h2 id="first-run-heading" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="mt-1 max-w-prose text-sm text-muted">{t("lead")}</p>
        </div>
        <p className="tabular shrink-0 text-sm font-medium" data-testid="first-run-progress">
          {t("progress", { done: path.doneCount, total })}
        </p>
      </div>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={path.doneCount}
        aria-valuetext={t("progress", { done: path.doneCount, total })}
        className="mt-3 h-2 overflow-hidden rounded-full bg-border"
      >
        <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${(path.doneCount / total) * 100}%` }} />
      </div>

      <ol className="mt-5 grid gap-2">
        {path.steps.map((step, index) => {
          const title = t(`steps.${step.key}.title`);
          const current = step.key === path.current;
          return (
            <li
              key={step.key}
              data-first-run-step={step.key}
              data-done={step.done}
              aria-current={current ? "step" : undefined}
              className={cn("flex items-start gap-3 rounded-lg border p-3", current ? "border-accent bg-bg shadow-sm" : "border-border bg-bg/60")}
            >
              <span
                aria-hidden
                className={cn(
                  "tabular grid size-7 shrink-0 place-items-center rounded-full text-sm font-semibold",
                  step.done ? "bg-success text-bg" : current ? "bg-accent text-accent-fg" : "bg-surface text-muted ring-1 ring-border",
                )}
              >
                {step.done ? <Check className="size-4" /> : index + 1}
              </span>
              <div className="min-w-0 flex-1">
                <p className={cn("text-sm font-medium", step.done && "text-muted line-through decoration-muted/60")}>
                  <span className="sr-only">
                    {t("stepNumber", { number: index + 1 })}
                    {step.done ? ` (${t("doneMark")})` : current ? ` (${t("current")})` : ""}:{" "}
                  </span>
                  {title}
                </p>
                {!step.done && <p className="mt-0.5 text-sm text-muted">{t(`steps.${step.key}.why`)}</p>}
              </div>
              {current ? (
                // The accessible name starts with the visible word (WCAG 2.5.3, label in name).
                <ButtonLink href={step.href} size="sm" className="shrink-0" aria-label={t(path.doneCount === 0 ? "startNamed" : "continueNamed", { title })}>
                  {path.doneCount === 0 ? t("start") : t("continue")}
                  <ArrowRight aria-hidden className="size-4" />
                </ButtonLink>
              ) : (
                !step.done && (
                  <Link
                    href={step.href}
                    className="shrink-0 rounded-md px-2 py-1 text-sm text-accent hover:bg-accent-soft"
                    aria-label={t("startNamed", { title })}
                  >
                    <ArrowRight aria-hidden className="size-4" />
                  </Link>
                )
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-4 text-sm text-muted">
        {tp("linkHint")}{" "}
        <Link href="/dashboard/imports/profile" className="font-medium text-accent underline">
          {tp("linkLabel")}
        </Link>
      </p>
    </section>
  );
}
