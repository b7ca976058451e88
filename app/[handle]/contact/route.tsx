import { getTranslations } from "next-intl/server";
import { ContactPage } from "@/components/contact/contact-page";
import { readContactFlash } from "@/lib/contact/flash";
import { getPublicPortfolio } from "@/lib/public/data";
import { htmlResponse, notFoundPage, renderReadingPage } from "@/components/public/static-html";

// Where a failed contact submit lands: it reads the flash cookie, so it is
// rendered per request (plain HTML, components/public/static-html.tsx) and never stored.
type Context = { params: Promise<{ handle: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  const headers = { "Cache-Control": "private, no-store" };
  if (!portfolio) return htmlResponse((await notFoundPage()).html, { status: 404, headers });
  const t = await getTranslations({ locale: portfolio.pageLocale, namespace: "publicPage.footer" });
  const metadata = { title: t("contactTitle", { name: portfolio.displayName }), robots: { index: false, follow: true } };
  const body = <ContactPage portfolio={portfolio} basePath={`/${portfolio.handle}`} source={{ handle: portfolio.handle }} flash={await readContactFlash()} />;
  return htmlResponse(await renderReadingPage(metadata, body, portfolio.pageLocale), { headers });
}
