import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/analytics/csv";
import { countryFromHeaders, deviceClass, isBot, isPrefetch, referrerHost } from "@/lib/analytics/request-filter";
import { beaconPath, parseViewTarget } from "@/lib/analytics/target";
import { itReturns } from "../support/examples";

const browsers = {
  chrome: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
  safariMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  iphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
  androidPhone: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
  ipad: "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
  androidTablet: "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
};

describe("isBot", () => {
  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
    "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "WhatsApp/2.23.20.0",
    "TelegramBot (like TwitterBot)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.31.0",
    "Go-http-client/2.0",
    "",
  ])("treats %j as a bot", (ua) => {
    expect(isBot(ua)).toBe(true);
  });

  it.each(Object.entries(browsers))("counts %s", (_, ua) => {
    expect(isBot(ua)).toBe(false);
  });
});

describe("isPrefetch", () => {
  it("spots every prefetch signal and nothing else", () => {
    expect(isPrefetch(new Headers({ purpose: "prefetch" }))).toBe(true);
    expect(isPrefetch(new Headers({ "sec-purpose": "prefetch;prerender" }))).toBe(true);
    expect(isPrefetch(new Headers({ "next-router-prefetch": "1" }))).toBe(true);
    expect(isPrefetch(new Headers({ "x-middleware-prefetch": "1" }))).toBe(true);
    expect(isPrefetch(new Headers({ accept: "text/html" }))).toBe(false);
  });
});

describe("deviceClass", () => {
  it("tells desktops, phones and tablets apart", () => {
    expect(deviceClass(browsers.chrome)).toBe("DESKTOP");
    expect(deviceClass(browsers.safariMac)).toBe("DESKTOP");
    expect(deviceClass(browsers.firefoxLinux)).toBe("DESKTOP");
    expect(deviceClass(browsers.iphone)).toBe("MOBILE");
    expect(deviceClass(browsers.androidPhone)).toBe("MOBILE");
    expect(deviceClass(browsers.ipad)).toBe("TABLET");
    expect(deviceClass(browsers.androidTablet)).toBe("TABLET");
    expect(deviceClass("")).toBe("OTHER");
  });
});

describe("referrerHost and country", () => {
  it("keeps only the host, drops our own and junk", () => {
    expect(referrerHost("https://www.linkedin.com/in/x?y=1")).toBe("linkedin.com");
    expect(referrerHost("https://mail.google.com/mail/u/0/")).toBe("mail.google.com");
    expect(referrerHost("http://localhost:3000/dashboard", "localhost:3000")).toBeNull();
    expect(referrerHost("javascript:alert(1)")).toBeNull();
    expect(referrerHost("not a url")).toBeNull();
    expect(referrerHost(null)).toBeNull();
  });

  it("reads a two-letter country from edge headers", () => {
    expect(countryFromHeaders(new Headers({ "x-vercel-ip-country": "de" }))).toBe("DE");
    expect(countryFromHeaders(new Headers({ "cf-ipcountry": "LV" }))).toBe("LV");
    expect(countryFromHeaders(new Headers({ "cf-ipcountry": "XX" }))).toBeNull();
    expect(countryFromHeaders(new Headers({ "cf-ipcountry": "<script>" }))).toBeNull();
    expect(countryFromHeaders(new Headers())).toBeNull();
  });
});

describe("view targets", () => {
  itReturns("accepts the page, case studies by slug and documents by id only", parseViewTarget, [
    [null, "page"],
    ["page", "page"],
    ["case-study:tiktok-launch", "case-study:tiktok-launch"],
    ["document:clx123abc", "document:clx123abc"],
    ["case-study:../../x", null],
    ["document:", null],
    ["campaign:1", null],
  ]);

  it("builds beacon URLs", () => {
    expect(beaconPath({ handle: "riley" })).toBe("/api/views?h=riley");
    expect(beaconPath({ token: "abc" }, "case-study:launch")).toBe("/api/views?t=abc&p=case-study%3Alaunch");
  });
});

describe("toCsv", () => {
  it("quotes, doubles quotes and neutralises formulas, including multi-line ones", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["=SUM(A1:A2)", 'say "hi"'],
        ["+1", "line one\nline two"],
        ["-2", "@cmd"],
        ["=1\n=2", 42],
        [null, "plain"],
      ],
    );
    expect(csv.split("\r\n")[0]).toBe("a,b");
    expect(csv).toContain(`"'=SUM(A1:A2)","say ""hi"""`);
    expect(csv).toContain(`"'+1","line one\nline two"`);
    expect(csv).toContain(`"'-2","'@cmd"`);
    expect(csv).toContain(`"'=1\n=2",42`);
    expect(csv).toContain(`,plain`);
  });
});
