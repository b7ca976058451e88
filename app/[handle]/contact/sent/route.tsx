import { getTranslations } from "next-intl/server";
import { ContactSentPage } from "@/components/contact/contact-page";
import { contactReadingPage } from "@/components/contact/contact-route";
import { getPublicPortfolio } from "@/lib/public/data";

// Where a sent contact message lands (POST-redirect-GET), so a reload sends nothing twice.
type Context = { params: Promise<{ handle: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { handle } = await params;
  return contactReadingPage(await getPublicPortfolio(handle), async (portfolio) => {
    const t = await getTranslations({ locale: portfolio.pageLocale, namespace: "contact" });
    return {
      metadata: { title: t("sent"), robots: { index: false, follow: true } },
      body: <ContactSentPage portfolio={portfolio} basePath={`/${portfolio.handle}`} />,
    };
  });
}
