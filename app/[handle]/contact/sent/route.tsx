import { getTranslations } from "next-intl/server";
import { ContactSentPage } from "@/components/contact/contact-page";
import { getPublicPortfolio } from "@/lib/public/data";
import { htmlResponse, notFoundPage, renderReadingPage } from "@/components/public/static-html";

// Where a sent contact message lands (POST-redirect-GET), so a reload sends nothing twice.
type Context = { params: Promise<{ handle: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  const headers = { "Cache-Control": "private, no-store" };
  if (!portfolio) return htmlResponse((await notFoundPage()).html, { status: 404, headers });
  const t = await getTranslations({ locale: portfolio.pageLocale, namespace: "contact" });
  const metadata = { title: t("sent"), robots: { index: false, follow: true } };
  return htmlResponse(await renderReadingPage(metadata, <ContactSentPage portfolio={portfolio} basePath={`/${portfolio.handle}`} />, portfolio.pageLocale), {
    headers,
  });
}
