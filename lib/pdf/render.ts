import "server-only";
import { withBrowser } from "./browser";

export type PrintTarget = {
  /** An absolute URL on the app's own internal origin, e.g. http://127.0.0.1:3000/demo. */
  url: string;
  /** Sent with every request of the print (the owner's session, for their own preview). */
  cookie?: string;
  /** Site-relative links in the PDF are rewritten to this origin, so printed addresses work. */
  linkOrigin?: string;
  /** Printed at the foot of every page beside the page number, e.g. "Alex Rivera — portfolio online: postfolio.example/demo". */
  footer?: string;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Chromium's footer template: its own tiny document, so it carries its own font size and margins. */
export function footerTemplate(text: string): string {
  return (
    '<div style="font:8px system-ui,sans-serif;color:#333;width:100%;margin:0 13mm;display:flex;justify-content:space-between;gap:8px">' +
    `<span>${escapeHtml(text)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
  );
}

/** Thrown when the page to print does not answer 200 at the address asked for (e.g. a redirect to sign-in). */
export class PrintTargetError extends Error {
  constructor(status: number | undefined, url: string) {
    super(`The page to print answered ${status ?? "nothing"} (${url})`);
    this.name = "PrintTargetError";
  }
}

const TIMEOUT_MS = 30_000;

/**
 * Prints one page of the app to an A4 PDF through its print stylesheet.
 *
 * The page is loaded without JavaScript: it is server-rendered and readable
 * without it, printing is faster, and lazy images load at once. Every request
 * leaving the page's own origin is refused (a cookie given for the print never
 * travels elsewhere, and nothing external is fetched from inside the server),
 * and so is the view beacon: the server printing a page is not a visitor.
 */
export async function printToPdf(target: PrintTarget, { timeoutMs = TIMEOUT_MS }: { timeoutMs?: number } = {}): Promise<Uint8Array> {
  const origin = new URL(target.url).origin;
  return withBrowser(async (browser) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1000, height: 1400 },
      extraHTTPHeaders: target.cookie ? { cookie: target.cookie } : undefined,
    });
    try {
      context.setDefaultTimeout(timeoutMs);
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        const allowed = url.protocol === "data:" || (url.origin === origin && !url.pathname.startsWith("/api/views"));
        return allowed ? route.continue() : route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      const response = await page.goto(target.url, { waitUntil: "load", timeout: timeoutMs });
      if (!response || response.status() !== 200 || new URL(page.url()).pathname !== new URL(target.url).pathname) {
        throw new PrintTargetError(response?.status(), page.url());
      }
      if (target.linkOrigin) {
        // With JavaScript off, the page's own scripts don't run; this runs in Playwright's isolated world.
        await page.$$eval(
          'a[href^="/"]:not([href^="//"])',
          (links, base) => {
            for (const link of links) link.setAttribute("href", new URL(link.getAttribute("href") ?? "/", base).href);
          },
          target.linkOrigin,
        );
      }
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
        ...(target.footer ? { displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: footerTemplate(target.footer) } : {}),
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => {});
    }
  });
}
