// Figures computed from a campaign's or a post's raw numbers. Pure: used by the
// editor (client), the public page and tests. A figure that cannot be computed
// honestly (missing input, zero divisor, negative or non-finite number) is left
// out, never shown as 0, NaN or Infinity.

export const metricKinds = [
  "FOLLOWERS",
  "REACH",
  "IMPRESSIONS",
  "ENGAGEMENTS",
  "LIKES",
  "COMMENTS",
  "SHARES",
  "SAVES",
  "VIDEO_VIEWS",
  "CLICKS",
  "CONVERSIONS",
  "LEADS",
  "REVENUE",
  "AD_SPEND",
  "CUSTOM",
] as const; // same as Prisma enum MetricKind
export type MetricKindName = (typeof metricKinds)[number];

/** Kinds whose values are amounts of money (in the campaign's currency), not counts. */
export const moneyKinds = ["REVENUE", "AD_SPEND"] as const satisfies readonly MetricKindName[];

export function isMoneyKind(kind: MetricKindName): boolean {
  return (moneyKinds as readonly MetricKindName[]).includes(kind);
}

export type RawMetric = { kind: MetricKindName; value: number; baseline?: number | null };

export type FigureKey = "engagementRate" | "ctr" | "conversionRate" | "costPerClick" | "costPerLead" | "roi";
export type FormulaKey =
  | "engagementRateByReach"
  | "engagementRateByFollowers"
  | "engagementRateByViews"
  | "growth"
  | "ctr"
  | "conversionRate"
  | "costPerClick"
  | "costPerLead"
  | "roi";

/** Names of the numbers a formula used (keys of `ComputedFigure.inputs`). */
export type InputName =
  | "engagements"
  | "likes"
  | "comments"
  | "shares"
  | "saves"
  | "reach"
  | "followers"
  | "views"
  | "clicks"
  | "impressions"
  | "conversions"
  | "leads"
  | "spend"
  | "revenue";

/** Inputs that are amounts of money; the rest are counts. */
export const moneyInputs: readonly string[] = ["spend", "revenue"] satisfies InputName[];

export type ComputedFigure = {
  key: FigureKey;
  value: number;
  /** "ratio" is shown as a percent. */
  unit: "ratio" | "money";
  formula: FormulaKey;
  /** Engagement rate only: what engagements were divided by. */
  basis?: EngagementBasis;
  /** Engagement rate only: the reported ENGAGEMENTS figure, or likes + comments + shares + saves. */
  engagementsSource?: "reported" | "summed";
  /** Money figures and ROI: whether spend is the AD_SPEND metric or the campaign budget. */
  spendSource?: "adSpend" | "budget";
  /** The numbers used, for the tooltip or footnote. */
  inputs: Partial<Record<InputName, number>>;
};

/** The order figures are always listed in. */
export const figureKeys = ["engagementRate", "ctr", "conversionRate", "costPerClick", "costPerLead", "roi"] as const satisfies readonly FigureKey[];

/** A number a formula may use: finite and not negative (every kind here is a count or an amount). */
function usable(n: number | null | undefined): n is number {
  return typeof n === "number" && Number.isFinite(n) && n >= 0;
}

/** A number a formula may divide by. */
function usableDivisor(n: number | null | undefined): n is number {
  return usable(n) && n > 0;
}

/** The quotient if it is a real, non-negative-input result; null otherwise. */
function ratio(numerator: number, denominator: number): number | null {
  const q = numerator / denominator;
  return Number.isFinite(q) ? q : null;
}

/**
 * Growth from baseline: (value − baseline) ÷ baseline, e.g. 0.667 for 3,000 → 5,000.
 * Null when either number is missing, negative or non-finite, or the baseline is 0.
 */
export function growth(value: number | null | undefined, baseline: number | null | undefined): number | null {
  if (!usable(value) || !usableDivisor(baseline)) return null;
  // Both are in [0, MAX_VALUE], so the difference cannot overflow; only the division can.
  return ratio(value - baseline, baseline);
}

export type GrowthFigure = { kind: MetricKindName; value: number; formula: "growth"; inputs: { before: number; after: number } };

/** A metric's growth with the numbers used, or null when it has none. CUSTOM metrics grow too. */
export function metricGrowth(metric: RawMetric): GrowthFigure | null {
  const value = growth(metric.value, metric.baseline);
  if (value === null || metric.baseline == null) return null;
  return { kind: metric.kind, value, formula: "growth", inputs: { before: metric.baseline, after: metric.value } };
}

type Lookup = Partial<Record<Exclude<MetricKindName, "CUSTOM">, number>>;

/**
 * The value of each kind. When a kind appears more than once the first usable entry wins
 * (entries are expected in display order); unusable values (NaN, ±Infinity, negative) are ignored,
 * and CUSTOM metrics never feed formulas.
 */
function lookup(metrics: readonly RawMetric[]): Lookup {
  const found: Lookup = {};
  for (const metric of metrics) {
    if (metric.kind === "CUSTOM" || !usable(metric.value)) continue;
    if (found[metric.kind] === undefined) found[metric.kind] = metric.value;
  }
  return found;
}

const engagementParts = ["LIKES", "COMMENTS", "SHARES", "SAVES"] as const;

export type EngagementBasis = "reach" | "views" | "followers";

const basisKind = { reach: "REACH", views: "VIDEO_VIEWS", followers: "FOLLOWERS" } as const satisfies Record<EngagementBasis, MetricKindName>;
const basisFormula = {
  reach: "engagementRateByReach",
  views: "engagementRateByViews",
  followers: "engagementRateByFollowers",
} as const satisfies Record<EngagementBasis, FormulaKey>;

/** Campaigns divide by reach, else followers (campaign video views are a sum over many posts, not an audience). */
const campaignBases: readonly EngagementBasis[] = ["reach", "followers"];
/**
 * A post divides by reach, else its views, else followers: TikTok, YouTube and Reels report no reach,
 * and their own analytics give engagement rate as engagements ÷ views.
 */
const postBases: readonly EngagementBasis[] = ["reach", "views", "followers"];

function engagementRate(found: Lookup, bases: readonly EngagementBasis[]): ComputedFigure | null {
  // A divisor of 0 is treated like a missing one: the next basis still can be divided by.
  const basis = bases.find((name) => usableDivisor(found[basisKind[name]])) ?? null;
  if (basis === null) return null;
  const divisor = found[basisKind[basis]]!;

  // The figure for either source of engagements: as reported, or the sum of its parts.
  const figure = (value: number, engagementsSource: "reported" | "summed", inputs: Partial<Record<InputName, number>>): ComputedFigure => ({
    key: "engagementRate",
    value,
    unit: "ratio",
    formula: basisFormula[basis],
    basis,
    engagementsSource,
    inputs: { ...inputs, [basis]: divisor },
  });

  const reported = found.ENGAGEMENTS;
  if (reported !== undefined) {
    const value = ratio(reported, divisor);
    return value === null ? null : figure(value, "reported", { engagements: reported });
  }

  const parts: Partial<Record<InputName, number>> = {};
  let sum = 0;
  let present = false;
  for (const kind of engagementParts) {
    const n = found[kind];
    if (n === undefined) continue;
    present = true;
    sum += n;
    parts[kind.toLowerCase() as InputName] = n;
  }
  if (!present) return null;
  // A sum of huge parts can overflow even though the rate is finite: then add the part rates instead.
  const value = Number.isFinite(sum) ? ratio(sum, divisor) : engagementParts.reduce((acc, kind) => acc + (found[kind] ?? 0) / divisor, 0);
  if (value === null || !Number.isFinite(value)) return null;
  return figure(value, "summed", { ...parts, ...(Number.isFinite(sum) ? { engagements: sum } : {}) });
}

function simpleRatio(
  key: "ctr" | "conversionRate",
  numerator: [InputName, number | undefined],
  denominator: [InputName, number | undefined],
): ComputedFigure | null {
  const [numName, num] = numerator;
  const [denName, den] = denominator;
  if (!usable(num) || !usableDivisor(den)) return null;
  const value = ratio(num, den);
  if (value === null) return null;
  return { key, value, unit: "ratio", formula: key, inputs: { [numName]: num, [denName]: den } };
}

type Spend = { amount: number; source: "adSpend" | "budget" };

function spendOf(found: Lookup, budget: number | null | undefined): Spend | null {
  // Zero spend means an unpaid campaign: cost per click and ROI do not apply.
  if (usableDivisor(found.AD_SPEND)) return { amount: found.AD_SPEND, source: "adSpend" };
  if (found.AD_SPEND === undefined && usableDivisor(budget)) return { amount: budget, source: "budget" };
  return null;
}

function costPer(key: "costPerClick" | "costPerLead", spend: Spend | null, [name, count]: [InputName, number | undefined]): ComputedFigure | null {
  if (spend === null || !usableDivisor(count)) return null;
  const value = ratio(spend.amount, count);
  if (value === null) return null;
  return { key, value, unit: "money", formula: key, spendSource: spend.source, inputs: { spend: spend.amount, [name]: count } };
}

function roi(spend: Spend | null, revenue: number | undefined): ComputedFigure | null {
  if (spend === null || !usable(revenue)) return null;
  // Both are in [0, MAX_VALUE], so the difference cannot overflow; only the division can.
  const value = ratio(revenue - spend.amount, spend.amount);
  if (value === null) return null;
  return { key: "roi", value, unit: "ratio", formula: "roi", spendSource: spend.source, inputs: { revenue, spend: spend.amount } };
}

/**
 * Every figure a campaign's metrics support, in the order of `figureKeys`.
 * Spend is the AD_SPEND metric, else `options.budget` (only when no AD_SPEND metric is given).
 */
export function computeCampaignFigures(metrics: RawMetric[], options: { budget?: number | null } = {}): ComputedFigure[] {
  return campaignFigures(metrics, options.budget, campaignBases);
}

function campaignFigures(metrics: RawMetric[], budget: number | null | undefined, bases: readonly EngagementBasis[]): ComputedFigure[] {
  const found = lookup(metrics);
  const spend = spendOf(found, budget);
  const figures = [
    engagementRate(found, bases),
    simpleRatio("ctr", ["clicks", found.CLICKS], ["impressions", found.IMPRESSIONS]),
    simpleRatio("conversionRate", ["conversions", found.CONVERSIONS], ["clicks", found.CLICKS]),
    costPer("costPerClick", spend, ["clicks", found.CLICKS]),
    costPer("costPerLead", spend, ["leads", found.LEADS]),
    roi(spend, found.REVENUE),
  ];
  return figures.filter((figure): figure is ComputedFigure => figure !== null);
}

export type PostNumbers = {
  reach?: number | null;
  impressions?: number | null;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
  views?: number | null;
  clicks?: number | null;
  followers?: number | null;
};

const postKinds = {
  reach: "REACH",
  impressions: "IMPRESSIONS",
  likes: "LIKES",
  comments: "COMMENTS",
  shares: "SHARES",
  saves: "SAVES",
  views: "VIDEO_VIEWS",
  clicks: "CLICKS",
  followers: "FOLLOWERS",
} as const satisfies Record<keyof PostNumbers, MetricKindName>;

/**
 * A content sample's figures (engagement rate, CTR), by the same rules as a campaign's, except that a
 * post without reach takes its engagement rate by views (engagements ÷ views) before followers.
 */
export function computePostFigures(post: PostNumbers): ComputedFigure[] {
  const metrics: RawMetric[] = [];
  for (const [field, kind] of Object.entries(postKinds) as [keyof PostNumbers, MetricKindName][]) {
    const value = post[field];
    if (value != null) metrics.push({ kind, value });
  }
  return campaignFigures(metrics, null, postBases).filter((figure) => figure.key === "engagementRate" || figure.key === "ctr");
}
