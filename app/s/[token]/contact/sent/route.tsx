import { getTranslations } from "next-intl/server";
import { ContactSentPage } from "@/components/contact/contact-page";
import { renderReadingPage } from "@/components/public/static-html";
import { sharedReadingPage } from "@/components/sharing/shared-reading-page";

type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return sharedReadingPage(token, async ({ portfolio }) => {
    const t = await getTranslations("contact");
    const metadata = { title: t("sent"), robots: { index: false, follow: false, nocache: true }, referrer: "same-origin" as const };
    return { status: 200, html: await renderReadingPage(metadata, <ContactSentPage portfolio={portfolio} basePath={`/s/${token}`} />) };
  });
}
