import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowRight, Check, Circle, Hourglass, PartyPopper } from "lucide-react";
import { getCoach } from "@/lib/coach/data";
import { firstRunCovers, UP_NEXT_WHILE_FIRST_RUN } from "@/lib/coach/first-run";
import type { CoachItem, CoachKey, CoachResult } from "@/lib/coach/rules";
import { cn } from "@/lib/utils";

/**
 * The guide coach for the dashboard overview: the portfolio's score out of 100
 * and the checklist, open steps first (each with why it matters and a Fix link),
 * steps that cannot apply yet under "Comes later", done steps folded under "Done (n)".
 * While the first-run path is open (`later`), only the next two steps it does not cover show; the rest fold.
 * Server component: `<CoachCard userId={user.id} />`.
 */
export async function CoachCard({ userId, later = false, className }: { userId: string; later?: boolean; className?: string }) {
  const coach = await getCoach(userId);
  return <CoachCardView coach={coach} later={later} className={className} />;
}

export async function CoachCardView({ coach, later = false, className }: { coach: CoachResult; later?: boolean; className?: string }) {
  const t = await getTranslations("coach");
  const tf = await getTranslations("firstRun.coach");
  const todo = coach.items.filter((item) => !item.done && item.waitsFor === null).sort((a, b) => b.weight - a.weight);
  const waiting = coach.items.filter((item) => !item.done && item.waitsFor !== null);
  const done = coach.items.filter((item) => item.done);
  // Beside the first-run path: the next two things it does not already ask for; the rest folded.
  const upNext = later ? todo.filter((item) => !firstRunCovers.includes(item.key)).slice(0, UP_NEXT_WHILE_FIRST_RUN) : todo;
  const folded = later ? todo.filter((item) => !upNext.includes(item)) : [];
  const waitsForText = (key: CoachKey) => tf("waitsFor", { title: t(`items.${key}.title`) });
  const waitingTitle = tf("waitingTitle", { count: waiting.length });
  return (
    <section aria-labelledby="coach-heading" className={cn("rounded-card border border-border p-4 sm:p-6", className)} data-testid="coach-card">
      <div className="flex items-center gap-4 sm:gap-5">
        <ScoreRing score={coach.score} label={t("scoreLabel")} text={t("score", { score: coach.score })} />
        <div className="min-w-0">
          <h2 id="coach-heading" className="text-base font-semibold">
            {t("title")}
          </h2>
          {/* Once complete, the celebration below says it; the same sentence twice read as a glitch. */}
          {later
            ? todo.length + waiting.length > 0 && <p className="mt-0.5 text-sm text-muted">{tf("later")}</p>
            : todo.length + waiting.length > 0 && (
                <>
                  <p className="mt-0.5 text-sm text-muted">{t("lead")}</p>
                  <p className="mt-1 text-xs font-medium text-muted">{t("todo", { count: todo.length })}</p>
                </>
              )}
        </div>
      </div>

      {todo.length + waiting.length === 0 ? (
        <p className="mt-4 flex items-center gap-2 rounded-lg bg-accent-soft p-3 text-sm">
          <PartyPopper aria-hidden className="size-4 shrink-0 text-accent" />
          {t("complete")}
        </p>
      ) : (
        <>
          <CoachChecklist todo={upNext} waiting={later ? [] : waiting} t={t} waitsForText={waitsForText} waitingTitle={waitingTitle} />
          {later && folded.length + waiting.length > 0 && (
            <details className="mt-4" data-testid="coach-later">
              <summary className="cursor-pointer text-sm font-medium text-muted hover:text-fg">
                {tf("showAll", { count: folded.length + waiting.length })}
              </summary>
              <CoachChecklist todo={folded} waiting={waiting} t={t} waitsForText={waitsForText} waitingTitle={waitingTitle} />
            </details>
          )}
        </>
      )}

      {done.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-muted hover:text-fg">{t("done", { count: done.length })}</summary>
          <ul className="mt-2 grid gap-1">
            {done.map((item) => (
              <li key={item.key} className="flex items-center gap-2 text-sm text-muted" data-coach-done={item.key}>
                <Check aria-hidden className="size-4 shrink-0 text-success" />
                <span className="sr-only">{t("doneMark")}: </span>
                {t(`items.${item.key}.title`)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

type CoachT = Awaited<ReturnType<typeof getTranslations<"coach">>>;

/** Open steps with their Fix links, then the ones that wait for an earlier step (no link: nothing to fix yet). */
function CoachChecklist({
  todo,
  waiting,
  t,
  waitsForText,
  waitingTitle,
}: {
  todo: CoachItem[];
  waiting: CoachItem[];
  t: CoachT;
  waitsForText: (key: CoachKey) => string;
  waitingTitle: string;
}) {
  return (
    <>
      {todo.length > 0 && (
        <ol className="mt-5 grid gap-2" aria-label={t("nextUp")}>
          {todo.map((item) => {
            const title = t(`items.${item.key}.title`);
            return (
              <li key={item.key} className="flex items-start gap-3 rounded-lg border border-border p-3" data-coach-item={item.key}>
                <Circle aria-hidden className="mt-0.5 size-4 shrink-0 text-muted" />
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium">
                    {title} <span className="tabular text-xs font-normal text-muted">{t("points", { weight: item.weight })}</span>
                  </p>
                  <p className="mt-0.5 text-sm text-muted">{t(`items.${item.key}.why`)}</p>
                </div>
                <Link
                  href={item.href}
                  aria-label={t("fixNamed", { title })}
                  className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-accent hover:bg-accent-soft"
                >
                  {t("fix")}
                  <ArrowRight aria-hidden className="size-3.5" />
                </Link>
              </li>
            );
          })}
        </ol>
      )}
      {waiting.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-medium text-muted">{waitingTitle}</h3>
          <ul className="mt-2 grid gap-1">
            {waiting.map((item) => (
              <li key={item.key} className="flex items-start gap-2 text-sm text-muted" data-coach-waiting={item.key}>
                <Hourglass aria-hidden className="mt-0.5 size-4 shrink-0" />
                <span>
                  {t(`items.${item.key}.title`)} <span className="text-xs">· {waitsForText(item.waitsFor!)}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** The score as a ring; the number is text, so it reads without the ring. */
function ScoreRing({ score, label, text }: { score: number; label: string; text: string }) {
  const radius = 26;
  const circumference = 2 * Math.PI * radius;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={score}
      aria-valuetext={text}
      className="relative size-16 shrink-0 sm:size-18"
    >
      <svg viewBox="0 0 64 64" className="size-full -rotate-90" aria-hidden>
        <circle cx="32" cy="32" r={radius} fill="none" strokeWidth="6" className="stroke-border" />
        <circle
          cx="32"
          cy="32"
          r={radius}
          fill="none"
          strokeWidth="6"
          strokeLinecap="round"
          className={score === 100 ? "stroke-success" : "stroke-accent"}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - score / 100)}
        />
      </svg>
      <span className="tabular absolute inset-0 grid place-items-center text-lg font-semibold" data-testid="coach-score">
        {score}
      </span>
    </div>
  );
}
