import { getTranslations } from "next-intl/server";
import { ContactPage } from "@/components/contact/contact-page";
import { contactReadingPage } from "@/components/contact/contact-route";
import { getPublicPortfolio } from "@/lib/public/data";
import { readContactFlash } from "@/lib/contact/flash";

// Where a failed contact submit lands: it reads the flash cookie, so it is
// rendered per request (plain HTML, components/public/static-html.tsx) and never stored.
type Context = { params: Promise<{ handle: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { handle } = await params;
  return contactReadingPage(await getPublicPortfolio(handle), async (portfolio) => {
    const t = await getTranslations({ locale: portfolio.pageLocale, namespace: "publicPage.footer" });
    return {
      metadata: { title: t("contactTitle", { name: portfolio.displayName }), robots: { index: false, follow: true } },
      body: <ContactPage portfolio={portfolio} basePath={`/${portfolio.handle}`} source={{ handle: portfolio.handle }} flash={await readContactFlash()} />,
    };
  });
}
