import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContactPage } from "@/components/contact/contact-page";
import { readContactFlash } from "@/lib/contact/flash";
import { activeSharedPortfolio } from "@/lib/sharing/read-model";

// Where a failed contact submit from a share link lands; a revoked link answers 410 (/gone) as its other pages do.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

async function load(params: Props["params"]) {
  const { token } = await params;
  const shared = await activeSharedPortfolio(token);
  return { token, portfolio: shared.portfolio };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { portfolio } = await load(params);
  const t = await getTranslations("publicPage.footer");
  return { title: t("contactTitle", { name: portfolio.displayName }), robots: { index: false, follow: false, nocache: true }, referrer: "same-origin" };
}

export default async function SharedContactRoute({ params }: Props) {
  const { token, portfolio } = await load(params);
  return <ContactPage portfolio={portfolio} basePath={`/s/${token}`} source={{ token }} flash={await readContactFlash()} />;
}
