import type { DeviceClass } from "@/lib/db/generated/enums";

// Pure request classification for view counting: crawlers and prefetches are
// not views; the device class comes from the user agent.

const botPattern = new RegExp(
  [
    "bot\\b",
    "bot/",
    "crawl",
    "spider",
    "slurp",
    "googlebot",
    "bingbot",
    "duckduckbot",
    "baiduspider",
    "yandex",
    "facebookexternalhit",
    "facebookcatalog",
    "twitterbot",
    "linkedinbot",
    "slackbot",
    "slack-imgproxy",
    "discordbot",
    "whatsapp",
    "telegrambot",
    "applebot",
    "skypeuripreview",
    "embedly",
    "pinterest",
    "redditbot",
    "headless",
    "phantomjs",
    "puppeteer",
    "playwright",
    "lighthouse",
    "pagespeed",
    "gtmetrix",
    "pingdom",
    "uptimerobot",
    "statuscake",
    "curl/",
    "wget",
    "python-requests",
    "python-urllib",
    "aiohttp",
    "httpx",
    "go-http-client",
    "okhttp",
    "java/",
    "apache-httpclient",
    "node-fetch",
    "undici",
    "axios",
    "libwww-perl",
    "scrapy",
    "ahrefs",
    "semrush",
    "mj12bot",
    "dotbot",
    "petalbot",
    "bytespider",
    "gptbot",
    "chatgpt-user",
    "claudebot",
    "perplexitybot",
    "ccbot",
    "preview",
  ].join("|"),
  "i",
);

/** A crawler, link unfurler, monitor or script rather than a person's browser. Empty user agents count as bots. */
export function isBot(userAgent: string | null | undefined): boolean {
  const ua = userAgent?.trim() ?? "";
  if (ua.length < 10) return true;
  return botPattern.test(ua);
}

type HeaderSource = Pick<Headers, "get">;

/** Speculative loads (browser prefetch/prerender, Next's router prefetch) are not views. */
export function isPrefetch(headers: HeaderSource): boolean {
  const purpose = `${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`.toLowerCase();
  if (purpose.includes("prefetch") || purpose.includes("prerender") || purpose.includes("preview")) return true;
  return headers.get("next-router-prefetch") !== null || headers.get("x-middleware-prefetch") !== null;
}

/** Desktop, mobile or tablet, from the user agent (good enough for a chart; never shown per visitor). */
export function deviceClass(userAgent: string | null | undefined): DeviceClass {
  const ua = userAgent ?? "";
  if (!ua) return "OTHER";
  if (/ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))/i.test(ua)) return "TABLET";
  if (/mobi|iphone|ipod|android|blackberry|opera mini|iemobile|windows phone/i.test(ua)) return "MOBILE";
  if (/windows nt|macintosh|mac os x|x11|linux|cros/i.test(ua)) return "DESKTOP";
  return "OTHER";
}

/** The referring site's host, without "www."; none for direct visits, our own pages or malformed values. */
export function referrerHost(referrer: string | null | undefined, ownHost?: string | null): string | null {
  if (!referrer) return null;
  try {
    const url = new URL(referrer);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    const host = url.hostname.toLowerCase().replace(/^www\./, "");
    if (
      ownHost &&
      host ===
        ownHost
          .toLowerCase()
          .replace(/^www\./, "")
          .replace(/:\d+$/, "")
    )
      return null;
    return host.slice(0, 253) || null;
  } catch {
    return null;
  }
}

/** A two-letter country code from the edge's geolocation header, when one is present. */
export function countryFromHeaders(headers: HeaderSource): string | null {
  const raw = headers.get("x-vercel-ip-country") ?? headers.get("cf-ipcountry") ?? headers.get("x-country-code");
  const code = raw?.trim().toUpperCase() ?? "";
  // Cloudflare uses XX for unknown and T1 for Tor.
  return /^[A-Z]{2}$/.test(code) && code !== "XX" ? code : null;
}
