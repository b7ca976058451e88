import { beforeAll, describe, expect, it } from "vitest";

import { exportViewsCsv, getAnalyticsOverview, getRecentViewTotals } from "@/lib/analytics/data";
import { recordView } from "@/lib/analytics/record";
import { hashVisitor, utcDay } from "@/lib/analytics/visitor";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/seed/factories";
import { countNewOpens, listShareLinks, listUnreadNotifications } from "@/lib/sharing/data";
import { createShareLink, markAnalyticsSeen, revokeShareLink } from "@/lib/sharing/mutations";
import { createOwner } from "@/tests/support/owner";

const chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const IP = "203.0.113.77";

function request(extra: Record<string, string> = {}, options: { ip?: string; viewer?: string | null; referrer?: string | null; now?: Date } = {}) {
  return {
    headers: new Headers({ "user-agent": chrome, host: "postfolio.test", ...extra }),
    ip: options.ip ?? IP,
    viewerUserId: options.viewer ?? null,
    referrer: options.referrer ?? null,
    now: options.now,
  };
}

const owner = () => createOwner({ displayName: "Riley", visibility: "PUBLIC" });

const linkInput = { recipientName: "Jane", company: "Acme", note: "", expiresAt: null, sections: ["campaigns" as const], anonymizeAll: false };

describe("recording views", () => {
  let riley: Awaited<ReturnType<typeof owner>>;
  beforeAll(async () => {
    riley = await owner();
  });

  it("counts one view per request with referrer host, country and device", async () => {
    const outcome = await recordView(
      { handle: riley.user.handle },
      null,
      request({ "cf-ipcountry": "lv", "user-agent": iphone }, { referrer: "https://www.linkedin.com/feed/?x=1" }),
    );
    expect(outcome.counted).toBe(true);
    const views = await db().pageView.findMany({ where: { portfolioId: riley.portfolio.id } });
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ shareLinkId: null, target: "page", referrerHost: "linkedin.com", country: "LV", device: "MOBILE" });
  });

  it("does not count crawlers, link unfurlers, scripts or headless browsers", async () => {
    const before = await db().pageView.count({ where: { portfolioId: riley.portfolio.id } });
    for (const ua of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
      "facebookexternalhit/1.1",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "curl/8.5.0",
      "python-requests/2.31.0",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36",
      "",
    ]) {
      expect(await recordView({ handle: riley.user.handle }, null, request({ "user-agent": ua }))).toEqual({ counted: false, reason: "bot" });
    }
    expect(await db().pageView.count({ where: { portfolioId: riley.portfolio.id } })).toBe(before);
  });

  it("does not count prefetches", async () => {
    const before = await db().pageView.count({ where: { portfolioId: riley.portfolio.id } });
    const prefetches: Record<string, string>[] = [
      { purpose: "prefetch" },
      { "sec-purpose": "prefetch;prerender" },
      { "next-router-prefetch": "1" },
      { "x-middleware-prefetch": "1" },
    ];
    for (const headers of prefetches) {
      expect(await recordView({ handle: riley.user.handle }, null, request(headers))).toEqual({ counted: false, reason: "prefetch" });
    }
    expect(await db().pageView.count({ where: { portfolioId: riley.portfolio.id } })).toBe(before);
  });

  it("does not count the owner's own views, but does count another signed-in user", async () => {
    expect(await recordView({ handle: riley.user.handle }, null, request({}, { viewer: riley.user.id }))).toEqual({ counted: false, reason: "owner" });
    const other = await createUser(db());
    expect((await recordView({ handle: riley.user.handle }, null, request({}, { viewer: other.id }))).counted).toBe(true);
  });

  it("does not count drafts, unknown handles or malformed targets", async () => {
    const draftUser = await createUser(db());
    await db().portfolio.update({ where: { userId: draftUser.id }, data: { displayName: "Draft", visibility: "DRAFT" } });
    expect(await recordView({ handle: draftUser.handle }, null, request())).toEqual({ counted: false, reason: "not-found" });
    expect(await recordView({ handle: "no-such-handle-xyz" }, null, request())).toEqual({ counted: false, reason: "not-found" });
    expect(await recordView({ handle: riley.user.handle }, "javascript:alert(1)", request())).toEqual({ counted: false, reason: "bad-target" });
  });

  it("identifies visitors by a salted daily hash and stores no raw IP anywhere", async () => {
    const fresh = await owner();
    const now = new Date();
    await recordView({ handle: fresh.user.handle }, null, request({}, { now }));
    await recordView({ handle: fresh.user.handle }, "case-study:launch", request({}, { now }));
    await recordView({ handle: fresh.user.handle }, null, request({}, { ip: "198.51.100.9", now }));
    const views = await db().pageView.findMany({ where: { portfolioId: fresh.portfolio.id } });
    expect(views).toHaveLength(3);
    const salt = await db().dailySalt.findUniqueOrThrow({ where: { day: utcDay(now) } });
    expect(views[0]!.visitorHash).toBe(hashVisitor(salt.salt, IP, chrome));
    expect(new Set(views.map((view) => view.visitorHash)).size).toBe(2);
    for (const view of views) {
      for (const value of Object.values(view)) {
        expect(String(value)).not.toContain(IP);
        expect(String(value)).not.toContain("198.51.100.9");
      }
    }
    const overview = await getAnalyticsOverview(fresh.user.id);
    expect(overview.days.at(-1)).toMatchObject({ views: 3, visitors: 2 });
    expect(overview.days).toHaveLength(30);
    expect(overview.perLink.public).toMatchObject({ views: 3, visitors: 2, targets: [{ target: "case-study:launch", views: 1 }] });
  });

  it("rotates salts daily and deletes ones older than two days", async () => {
    const old = new Date(Date.UTC(2020, 0, 1));
    await db().dailySalt.create({ data: { day: old, salt: "old" } });
    await recordView({ handle: riley.user.handle }, null, request({}, { now: new Date(Date.UTC(2030, 0, 10, 12)) }));
    expect(await db().dailySalt.findUnique({ where: { day: old } })).toBeNull();
    expect(await db().dailySalt.findUnique({ where: { day: new Date(Date.UTC(2030, 0, 10)) } })).not.toBeNull();
  });
});

describe("views cannot be inflated by scripted hits", () => {
  it("a visitor reloading a page counts once per 30 minutes, per page and per link", async () => {
    const riley = await owner();
    const link = await createShareLink(riley.user.id, linkInput);
    const start = new Date(Date.UTC(2032, 1, 3, 9));
    const at = (minutes: number) => request({}, { ip: "198.51.100.31", now: new Date(start.getTime() + minutes * 60_000) });
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await recordView({ handle: riley.user.handle }, null, at(i)));
    expect(outcomes.filter((outcome) => outcome.counted)).toHaveLength(1);
    expect(outcomes[1]).toEqual({ counted: false, reason: "repeat" });
    // Another page, the same page through a share link, and the same page half an hour later are new views.
    expect((await recordView({ handle: riley.user.handle }, "case-study:launch", at(5))).counted).toBe(true);
    expect((await recordView({ token: link.token }, null, at(5))).counted).toBe(true);
    expect((await recordView({ handle: riley.user.handle }, null, at(30))).counted).toBe(true);
    expect(await db().pageView.count({ where: { portfolioId: riley.portfolio.id } })).toBe(4);
    expect((await listShareLinks(riley.user.id))[0]).toMatchObject({ viewCount: 1 });
  });

  it("50 hits from one address posing as 50 browsers count as at most 30 views in 15 minutes", async () => {
    const riley = await owner();
    const now = new Date(Date.UTC(2032, 1, 4, 9));
    let counted = 0;
    for (let i = 0; i < 50; i++) {
      const outcome = await recordView({ handle: riley.user.handle }, null, request({ "user-agent": `${chrome} Build/${i}` }, { ip: "198.51.100.32", now }));
      if (outcome.counted) counted++;
      else expect(outcome).toEqual({ counted: false, reason: "rate-limited" });
    }
    expect(counted).toBe(30);
    expect((await getAnalyticsOverview(riley.user.id, now)).totals.views).toBe(30);
    // Other visitors still count, and so does this address once the window has passed.
    expect((await recordView({ handle: riley.user.handle }, null, request({}, { ip: "198.51.100.33", now }))).counted).toBe(true);
    const later = new Date(now.getTime() + 15 * 60_000);
    expect((await recordView({ handle: riley.user.handle }, null, request({}, { ip: "198.51.100.32", now: later }))).counted).toBe(true);
  });
});

describe("unlisted portfolios", () => {
  it("count views through share links only, not by handle (their /<handle> is a 404)", async () => {
    const user = await createUser(db());
    const portfolio = await db().portfolio.update({ where: { userId: user.id }, data: { displayName: "Quiet", visibility: "UNLISTED" } });
    expect(await recordView({ handle: user.handle }, null, request({}, { ip: "198.51.100.41" }))).toEqual({ counted: false, reason: "not-found" });
    const link = await createShareLink(user.id, linkInput);
    expect((await recordView({ token: link.token }, null, request({}, { ip: "198.51.100.41" }))).counted).toBe(true);
    expect(await db().pageView.count({ where: { portfolioId: portfolio.id } })).toBe(1);
  });
});

describe("share link views", () => {
  it("update first/last opened and the count, notify once, and mark the link new until the owner looks", async () => {
    const riley = await owner();
    const link = await createShareLink(riley.user.id, linkInput);
    const first = await recordView({ token: link.token }, null, request());
    expect(first).toMatchObject({ counted: true, firstOpenOfLink: true });
    const second = await recordView({ token: link.token }, "case-study:tiktok-launch", request());
    expect(second).toMatchObject({ counted: true, firstOpenOfLink: false });

    const [listed] = await listShareLinks(riley.user.id);
    expect(listed).toMatchObject({ viewCount: 2, isNew: true });
    expect(listed!.firstViewedAt).not.toBeNull();
    expect(listed!.lastViewedAt! >= listed!.firstViewedAt!).toBe(true);
    expect(await countNewOpens(riley.user.id)).toBe(1);

    // No SMTP configured: one dashboard notification, not two.
    const notices = await listUnreadNotifications(riley.user.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipientName: "Jane", company: "Acme" });

    const overview = await getAnalyticsOverview(riley.user.id);
    expect(overview.perLink[link.id]).toMatchObject({ views: 2, targets: [{ target: "case-study:tiktok-launch", views: 1 }] });

    await markAnalyticsSeen(riley.user.id);
    expect(await countNewOpens(riley.user.id)).toBe(0);
    expect((await listShareLinks(riley.user.id))[0]!.isNew).toBe(false);
  });

  it("are not counted for revoked links", async () => {
    const riley = await owner();
    const link = await createShareLink(riley.user.id, linkInput);
    await revokeShareLink(riley.user.id, link.id);
    expect(await recordView({ token: link.token }, null, request())).toEqual({ counted: false, reason: "inactive" });
    expect(await db().pageView.count({ where: { shareLinkId: link.id } })).toBe(0);
  });
});

describe("analytics belong to their owner", () => {
  it("another user sees none of the views, in the overview or the export", async () => {
    const riley = await owner();
    await recordView({ handle: riley.user.handle }, null, request());
    const mallory = await owner();
    const overview = await getAnalyticsOverview(mallory.user.id);
    expect(overview.totals.views).toBe(0);
    expect(overview.perLink).toEqual({});
    const csv = await exportViewsCsv(mallory.user.id, { header: ["a", "b", "c", "d", "e", "f", "g", "h"], publicPage: "Public" });
    expect(csv.trim()).toBe("a,b,c,d,e,f,g,h");
  });

  it("the overview's 30-day totals count the owner's views and daily visitors only, and agree with the chart", async () => {
    const riley = await owner();
    const now = new Date(Date.UTC(2031, 4, 20, 12));
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
    await recordView({ handle: riley.user.handle }, null, request({}, { now: at(0) }));
    await recordView({ handle: riley.user.handle }, "case-study:launch", request({}, { now: at(0) }));
    await recordView({ handle: riley.user.handle }, null, request({}, { ip: "198.51.100.9", now: at(0) }));
    await recordView({ handle: riley.user.handle }, null, request({}, { now: at(29) }));
    await recordView({ handle: riley.user.handle }, null, request({}, { now: at(30) })); // a day too old
    const mallory = await owner();
    await recordView({ handle: mallory.user.handle }, null, request({}, { now: at(0) }));

    const totals = await getRecentViewTotals(riley.user.id, now);
    expect(totals).toEqual({ views: 4, visitors: 3, days: 30 });
    expect((await getAnalyticsOverview(riley.user.id, now)).totals).toMatchObject({ views: 4, visitors: 3 });
    expect(await getRecentViewTotals(mallory.user.id, now)).toEqual({ views: 1, visitors: 1, days: 30 });
    // A shorter window drops the view from 29 days ago.
    expect(await getRecentViewTotals(riley.user.id, now, 7)).toEqual({ views: 3, visitors: 2, days: 7 });
  });

  it("exports views as CSV with formula-looking cells neutralised", async () => {
    const riley = await owner();
    const link = await createShareLink(riley.user.id, { ...linkInput, recipientName: '=HYPERLINK("http://evil")', company: "Acme, Inc." });
    await recordView({ token: link.token }, null, request({}, { referrer: "https://news.example.com/a" }));
    const csv = await exportViewsCsv(riley.user.id, {
      header: ["time", "recipient", "company", "target", "referrer", "country", "device", "visitor"],
      publicPage: "Public",
    });
    const [, row] = csv.split("\r\n");
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`"Acme, Inc."`);
    expect(row).toContain("news.example.com");
    expect(csv).not.toContain(IP);
  });
});
