// The first-run path: the four steps that take a new account to a published page
// worth sending (profile → one campaign with results → one content sample →
// publish), each done or not from the portfolio's real data. Pure, like rules.ts;
// texts are `firstRun.steps.<key>` messages. Until the path is complete the
// dashboard shows it instead of the coach's full checklist.

import type { CoachKey, CoachSnapshot } from "./rules";

export const firstRunKeys = ["profile", "campaign", "sample", "publish"] as const;
export type FirstRunKey = (typeof firstRunKeys)[number];

export type FirstRunStep = { key: FirstRunKey; done: boolean; href: string };
export type FirstRun = {
  steps: FirstRunStep[];
  doneCount: number;
  /** The first step not done yet (the one to take now); null once all are done. */
  current: FirstRunKey | null;
  complete: boolean;
};

/** Coach items the path already asks for: while it is open the coach does not ask twice. */
export const firstRunCovers: readonly CoachKey[] = ["photo", "headline", "campaigns", "samples"];

/** How many of the coach's other open items show beside an open path; the rest stay folded. */
export const UP_NEXT_WHILE_FIRST_RUN = 2;

/** Where the profile step goes: the first of photo and headline still missing. */
function profileHref(profile: CoachSnapshot["profile"]): string {
  if (!profile.hasPhoto) return "/dashboard/profile#photo";
  return "/dashboard/profile#headline";
}

export function firstRunPath(snapshot: CoachSnapshot): FirstRun {
  const { profile } = snapshot;
  const firstCampaign = snapshot.campaignIds[0];
  const steps: FirstRunStep[] = [
    // A face and one line on what they do: what a recruiter reads before any of the work.
    { key: "profile", done: profile.hasPhoto && profile.headline.trim() !== "", href: profileHref(profile) },
    {
      key: "campaign",
      // A campaign without a single number is not yet "a campaign with results".
      done: snapshot.campaignsWithMetrics > 0,
      href: firstCampaign ? `/dashboard/campaigns/${firstCampaign}` : "/dashboard/campaigns/new",
    },
    { key: "sample", done: snapshot.counts.samples > 0, href: "/dashboard/samples/new" },
    { key: "publish", done: snapshot.visibility !== "DRAFT", href: "/dashboard/publish" },
  ];
  const doneCount = steps.filter((step) => step.done).length;
  const current = steps.find((step) => !step.done)?.key ?? null;
  return { steps, doneCount, current, complete: current === null };
}
