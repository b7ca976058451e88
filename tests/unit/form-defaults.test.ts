import { describe, expect, it } from "vitest";
import {
  acceptLanguageTags,
  campaignFill,
  defaultCurrency,
  figureAsKeyResult,
  isCopyOf,
  localeCurrency,
  recentClients,
  type CampaignFacts,
} from "@/lib/shared/defaults";

const campaign: CampaignFacts = {
  id: "c1",
  title: "Home for Winter",
  workKind: "VOLUNTEER",
  client: "Riga Animal Shelter",
  confidential: false,
  anonymizedLabel: "",
  startDate: "2026-10-01",
  endDate: "2026-11-26",
  currency: "EUR",
  figures: [
    {
      id: "m1",
      kind: "FOLLOWERS",
      customName: "",
      value: 3050,
      baseline: 2400,
      periodStart: "2026-10-01",
      periodEnd: "2026-11-26",
      source: "ANALYTICS_EXPORT",
      importedFrom: "INSTAGRAM",
    },
  ],
};
const caseStudyFields = ["workKind", "client", "confidential", "anonymizedLabel", "periodStart", "periodEnd", "currency"] as const;
const empty = { workKind: "", client: "", confidential: false, anonymizedLabel: "", periodStart: "", periodEnd: "", currency: "USD" };

describe("currency from the locale and history", () => {
  it("takes the first tag that names a country: lv and most of Europe are EUR, a bare en names none", () => {
    expect(localeCurrency(["lv"])).toBe("EUR");
    expect(localeCurrency(["en", "lv-LV"])).toBe("EUR");
    expect(localeCurrency(["de-AT"])).toBe("EUR");
    expect(localeCurrency(["en-GB"])).toBe("GBP");
    expect(localeCurrency(["sv"])).toBe("SEK");
    expect(localeCurrency(["en"])).toBe("USD");
    expect(localeCurrency([])).toBe("USD");
  });
  it("reads Accept-Language best first", () => {
    expect(acceptLanguageTags("en;q=0.5,lv-LV,lv;q=0.9,*")).toEqual(["lv-LV", "lv", "en"]);
    expect(acceptLanguageTags(null)).toEqual([]);
  });
  it("prefers the last item's currency over the locale's", () => {
    expect(defaultCurrency("GBP", ["lv"])).toBe("GBP");
    expect(defaultCurrency(null, ["lv"])).toBe("EUR");
  });
  it("lists recent clients once each, blanks left out", () => {
    expect(recentClients(["Riga Animal Shelter", "", " riga animal shelter ", "Kafija"])).toEqual(["Riga Animal Shelter", "Kafija"]);
  });
});

describe("a linked campaign's facts", () => {
  it("fill an untouched new form: kind, client, dates and currency", () => {
    expect(campaignFill(campaign, caseStudyFields, empty, {}, {})).toEqual({
      workKind: "VOLUNTEER",
      client: "Riga Animal Shelter",
      periodStart: "2026-10-01",
      periodEnd: "2026-11-26",
      currency: "EUR",
    });
  });
  it("never overwrite what the user typed or a saved item's own value", () => {
    const patch = campaignFill(campaign, caseStudyFields, { ...empty, client: "Shelter (volunteer)", workKind: "CLIENT" }, { client: true }, {});
    expect(patch).not.toHaveProperty("client");
    expect(patch).not.toHaveProperty("workKind");
    // A field the user emptied on purpose stays empty.
    expect(campaignFill(campaign, ["client"], { client: "" }, { client: true }, {})).toEqual({});
    // A currency the user chose stays.
    expect(campaignFill(campaign, ["currency"], { currency: "USD" }, { currency: true }, {})).toEqual({});
  });
  it("replace what an earlier campaign filled while the user left it as it was", () => {
    const earlier = { client: "Old client", workKind: "CLIENT" };
    const patch = campaignFill(campaign, ["client", "workKind"], earlier, { client: true, workKind: true }, earlier);
    expect(patch).toEqual({ client: "Riga Animal Shelter", workKind: "VOLUNTEER" });
  });
  it("carry confidentiality: a confidential campaign makes the item confidential with its label", () => {
    const secret = { ...campaign, confidential: true, anonymizedLabel: "a city animal shelter" };
    expect(campaignFill(secret, ["confidential", "anonymizedLabel"], { confidential: false, anonymizedLabel: "" }, {}, {})).toEqual({
      confidential: true,
      anonymizedLabel: "a city animal shelter",
    });
  });
  it("offer its figures as key results with their period and source", () => {
    const row = figureAsKeyResult(campaign.figures[0]!);
    expect(row).toEqual({
      kind: "FOLLOWERS",
      customName: "",
      value: "3050",
      baseline: "2400",
      periodStart: "2026-10-01",
      periodEnd: "2026-11-26",
      source: "ANALYTICS_EXPORT",
    });
    expect(isCopyOf(row, campaign.figures[0]!)).toBe(true);
    expect(isCopyOf({ ...row, value: "3100" }, campaign.figures[0]!)).toBe(false);
  });
});
