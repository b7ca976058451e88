import { getTranslations } from "next-intl/server";
import { ContactSentPage } from "@/components/contact/contact-page";
import { renderReadingPage } from "@/components/public/static-html";
import { sharedReadingPage } from "@/components/sharing/shared-reading-page";
import { sharedLinkMetadata } from "@/lib/seo/metadata";

type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return sharedReadingPage(token, async ({ portfolio }) => {
    const t = await getTranslations("contact");
    const metadata = sharedLinkMetadata(t("sent"));
    return { status: 200, html: await renderReadingPage(metadata, <ContactSentPage portfolio={portfolio} basePath={`/s/${token}`} />) };
  });
}
