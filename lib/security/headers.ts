// Response headers for every route, in one place: next.config.ts sets the
// static ones (they are compiled into the routes manifest at build time) and
// proxy.ts the editor's per-request CSP with a nonce. No server-only import:
// next.config.ts loads this file.
// Relative: next.config.ts loads this file outside the app's path aliases.
import { BEACON_SCRIPT_CSP_SOURCE } from "../analytics/beacon-script";
import { OWNER_CHECK_SCRIPT_CSP_SOURCE } from "../public/owner-check-script";

type Header = { key: string; value: string };

/** Browser features no page of ours uses; an injected script cannot ask for them. Only names Chromium knows (an unknown one is a console warning). */
const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "browsing-topics=()",
].join(", ");

/** One year, subdomains included: sent only when the app is served over HTTPS. */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** Directives both policies share: nothing from other origins, no plugins, no <base>, no framing. */
function common(https: boolean): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  };
}

/**
 * The reading pages (`/<handle>` and its case-study, document and contact
 * pages, `/s/<token>` and its sub-pages): plain HTML from route handlers
 * (components/public/static-html.tsx) with no client runtime. Their only script is
 * the view beacon, the same text on every page, so `script-src` is its hash
 * and nothing else: no 'unsafe-inline', no 'self', in `next dev` too.
 */
export function readingPagePolicy({ https = false }: { dev?: boolean; https?: boolean } = {}): string {
  return policy({
    ...common(https),
    "script-src": [BEACON_SCRIPT_CSP_SOURCE, OWNER_CHECK_SCRIPT_CSP_SOURCE],
    "style-src": ["'self'", "'unsafe-inline'"],
  });
}

/**
 * The App Router pages outside the editor (the landing page, `/preview/print`,
 * Next's own not-found and error pages): statically rendered, so no
 * per-request nonce, and Next inlines its RSC payload as
 * `self.__next_f.push(...)` scripts whose text changes with the content. Those
 * need 'unsafe-inline' (a hash would switch 'unsafe-inline' off); everything
 * else is locked to our own origin. `dev` adds what `next dev` needs (eval).
 */
export function appPagePolicy({ dev = false, https = false }: { dev?: boolean; https?: boolean } = {}): string {
  return policy({
    ...common(https),
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
  });
}

/**
 * The editor (dashboard, settings, sign-in and sign-up), always rendered per
 * request: Next reads the nonce from this policy on the request and puts it
 * on every script it emits; 'strict-dynamic' lets those load the chunks they
 * import. Styles stay 'unsafe-inline': React style attributes and the toasts'
 * injected <style> carry no nonce (and a nonce would switch 'unsafe-inline' off).
 */
export function editorPolicy({ nonce, dev = false, https = false }: { nonce: string; dev?: boolean; https?: boolean }): string {
  return policy({
    ...common(https),
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
  });
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** Paths whose CSP proxy.ts sets per request, with a nonce (its matcher lists the same). */
export function isEditorPath(pathname: string): boolean {
  return /^\/(?:dashboard|settings)(?:\/|$)/.test(pathname) || pathname === "/login" || pathname === "/signup";
}

/** Everything but the editor (its CSP comes from proxy.ts), the API (each route sets its own) and Next's static files. */
const PAGE_SOURCE = "/:path((?!(?:dashboard|settings)(?:/|$)|(?:login|signup)$|api/|_next/).*)";

/** A reading page's sub-pages, under `/<handle>` or `/s/<token>`. */
const READING_SUBPAGES = "(?:/case-studies/[^/]+|/documents/[^/]+|/contact(?:/sent)?)?";

/**
 * The reading pages' route handlers: `/s/<token>/**` (and its /gone) and
 * `/<handle>/**`, a handle being one segment without a dot (robots.txt,
 * favicon.ico are files) that is none of the app's own top-level routes.
 * Anything else under PAGE_SOURCE (`/`, `/preview/print`, a 404 from Next)
 * is an App Router page and keeps appPagePolicy.
 */
const READING_SOURCE =
  "/:path(s/[^/]+(?:" +
  READING_SUBPAGES.slice(3, -2) +
  "|/gone)?|(?!(?:dashboard|settings|login|signup|api|preview|s|_next)(?:/|$))[^/.]+" +
  READING_SUBPAGES +
  ")";

type HeaderRule = { source: string; headers: Header[]; has?: { type: "header"; key: string; value?: string }[] };

/**
 * The rules next.config.ts returns from headers(). Later rules override
 * earlier ones for the same key. `publicUrl` is NEXTAUTH_URL at build time;
 * HSTS is also sent whenever a TLS-terminating proxy says the request came
 * over HTTPS (browsers ignore it over plain HTTP anyway), so a build made
 * without the production URL still sends it in production.
 */
export function securityHeaderRules({ dev = false, publicUrl }: { dev?: boolean; publicUrl?: string } = {}): HeaderRule[] {
  const https = publicUrl?.startsWith("https:") ?? false;
  const hsts = { key: "Strict-Transport-Security", value: HSTS_VALUE };
  const rules: HeaderRule[] = [
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ...(https ? [hsts] : []),
      ],
    },
    { source: PAGE_SOURCE, headers: [{ key: "Content-Security-Policy", value: appPagePolicy({ dev, https }) }] },
    { source: READING_SOURCE, headers: [{ key: "Content-Security-Policy", value: readingPagePolicy({ dev, https }) }] },
    // A share link's token is in its URL: other sites get no Referer from it.
    // Not no-referrer: that also makes the browser send `Origin: null` with
    // the page's own contact form, which Next then refuses as cross-origin.
    { source: "/s/:path*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
  ];
  if (!https) rules.push({ source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [hsts] });
  return rules;
}

/**
 * Mirrors Next's own check on server actions (action-handler.js): the Origin's
 * host must equal the first X-Forwarded-Host, else Host. A missing Origin
 * passes, as in Next (no browser omits it on a POST).
 */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}

/** What Next treats as a possible server action: a POST with a Next-Action header or a multipart body (a form without JavaScript). */
export function isPossibleServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  return headers.has("next-action") || (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}
