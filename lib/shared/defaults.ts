import type { Platform, WorkKind } from "@/lib/db/generated/enums";
import type { FigureView } from "@/lib/metrics/types";
import { asCurrency, DEFAULT_CURRENCY, type Currency } from "@/lib/money";

// What a new item can take from what the owner already told us (issue #15, "don't make them
// type it twice"): a linked campaign's facts, the last currency/platform/clients used, the
// locale's currency. Pure, shared by the sample, case-study and campaign forms and unit-tested.

/** A campaign's facts an item linked to it takes by default, and its figures a case study may reuse. */
export type CampaignFacts = {
  id: string;
  title: string;
  workKind: WorkKind;
  client: string;
  confidential: boolean;
  anonymizedLabel: string;
  startDate: string;
  endDate: string | null;
  currency: string;
  /** Each figure with its period already resolved: its own, else the campaign's. */
  figures: (FigureView & { importedFrom: Platform | null })[];
};

/** The owner's recent choices, for a new item's defaults. */
export type FormHistory = {
  currency: Currency;
  /** The platform of the owner's most recent sample, if any. */
  platform: Platform | null;
  /** Clients the owner named, most recent first, without repeats. */
  clients: string[];
};

// Countries whose currency is in our list, by ISO 3166 region; a bare language maps through LANGUAGE_REGION.
const REGION_CURRENCY: Record<string, Currency> = {
  US: "USD",
  GB: "GBP",
  CA: "CAD",
  AU: "AUD",
  NZ: "NZD",
  CH: "CHF",
  LI: "CHF",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  PL: "PLN",
  IN: "INR",
  JP: "JPY",
  SG: "SGD",
  ZA: "ZAR",
  BR: "BRL",
  MX: "MXN",
  AE: "AED",
  ...Object.fromEntries(
    ["AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK"].map((region) => [region, "EUR"]),
  ),
};

// A language that names its country well enough ("lv" is Latvia); "en", "es", "pt" do not.
const LANGUAGE_REGION: Record<string, string> = {
  lv: "LV",
  lt: "LT",
  et: "EE",
  de: "DE",
  fr: "FR",
  it: "IT",
  nl: "NL",
  fi: "FI",
  el: "GR",
  sk: "SK",
  sl: "SI",
  hr: "HR",
  ga: "IE",
  mt: "MT",
  sv: "SE",
  nb: "NO",
  nn: "NO",
  no: "NO",
  da: "DK",
  pl: "PL",
  ja: "JP",
  hi: "IN",
};

/**
 * The currency of the first locale tag that names a country we know ("lv" → EUR,
 * "en-GB" → GBP); a bare "en" names none, so the next tag decides; else USD.
 */
export function localeCurrency(tags: readonly string[]): Currency {
  for (const tag of tags) {
    const [language = "", ...rest] = tag.trim().split(/[-_]/);
    const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase() ?? LANGUAGE_REGION[language.toLowerCase()];
    const currency = region ? REGION_CURRENCY[region] : undefined;
    if (currency) return currency;
  }
  return DEFAULT_CURRENCY;
}

/** The language tags of an Accept-Language header, best first ("lv-LV,lv;q=0.9,en;q=0.8" → ["lv-LV", "lv", "en"]). */
export function acceptLanguageTags(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((param) => param.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** A new item's currency: the last item's that had one, else the locale's. */
export function defaultCurrency(lastCurrency: string | null | undefined, localeTags: readonly string[]): Currency {
  return lastCurrency ? asCurrency(lastCurrency) : localeCurrency(localeTags);
}

/** Names without blanks or repeats (case-insensitive, first spelling kept), at most `max`. */
export function recentClients(names: readonly string[], max = 10): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const name of names) {
    const clean = name.trim();
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    result.push(clean);
    if (result.length === max) break;
  }
  return result;
}

export const campaignFillFields = ["workKind", "client", "confidential", "anonymizedLabel", "periodStart", "periodEnd", "currency"] as const;
export type CampaignFillField = (typeof campaignFillFields)[number];
export type CampaignFillValues = { [K in CampaignFillField]?: string | boolean };

/** The values a linked campaign offers, under the form's field names. */
export function campaignFillValues(campaign: CampaignFacts): Required<CampaignFillValues> {
  return {
    workKind: campaign.workKind,
    client: campaign.client,
    confidential: campaign.confidential,
    anonymizedLabel: campaign.anonymizedLabel,
    periodStart: campaign.startDate,
    periodEnd: campaign.endDate ?? "",
    currency: asCurrency(campaign.currency),
  };
}

/**
 * What linking `campaign` fills in, among `fields` the form has: a field still empty and
 * untouched, or one an earlier campaign filled and the user left as it was. Anything the user
 * typed (or a saved item's own value) stays. A currency is never "empty", so it is taken only
 * while untouched.
 */
export function campaignFill(
  campaign: CampaignFacts,
  fields: readonly CampaignFillField[],
  current: CampaignFillValues,
  touched: Partial<Record<CampaignFillField, boolean>>,
  filledBefore: CampaignFillValues,
): CampaignFillValues {
  const offered = campaignFillValues(campaign);
  const patch: CampaignFillValues = {};
  for (const field of fields) {
    const value = current[field];
    const ours = field in filledBefore && filledBefore[field] === value;
    const blank = field === "currency" || value === undefined || value === "" || value === false;
    if (!ours && (touched[field] || !blank)) continue;
    if (offered[field] !== value) patch[field] = offered[field];
  }
  return patch;
}

/** A campaign figure as a case study's key result (form values), keeping its period and source. */
export function figureAsKeyResult(figure: CampaignFacts["figures"][number]) {
  return {
    kind: figure.kind,
    customName: figure.customName,
    value: String(figure.value),
    baseline: figure.baseline === null ? "" : String(figure.baseline),
    periodStart: figure.periodStart ?? "",
    periodEnd: figure.periodEnd ?? "",
    source: figure.source,
  };
}

/** Whether a key result row is (still) the copy of `figure`: the picker unticks only such a row. */
export function isCopyOf(row: Partial<Record<keyof ReturnType<typeof figureAsKeyResult>, unknown>>, figure: CampaignFacts["figures"][number]): boolean {
  const copy = figureAsKeyResult(figure);
  return (Object.keys(copy) as (keyof typeof copy)[]).every((key) => String(row[key] ?? "") === copy[key]);
}
