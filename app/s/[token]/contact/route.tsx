import { getTranslations } from "next-intl/server";
import { ContactPage } from "@/components/contact/contact-page";
import { readContactFlash } from "@/lib/contact/flash";
import { renderReadingPage } from "@/components/public/static-html";
import { sharedReadingPage } from "@/components/sharing/shared-reading-page";
import { sharedLinkMetadata } from "@/lib/seo/metadata";

// Where a failed contact submit from a share link lands; a revoked link answers 410 (/gone) as its other pages do.
type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return sharedReadingPage(token, async ({ portfolio }) => {
    const t = await getTranslations("publicPage.footer");
    const metadata = sharedLinkMetadata(t("contactTitle", { name: portfolio.displayName }));
    const body = <ContactPage portfolio={portfolio} basePath={`/s/${token}`} source={{ token }} flash={await readContactFlash()} />;
    return { status: 200, html: await renderReadingPage(metadata, body) };
  });
}
