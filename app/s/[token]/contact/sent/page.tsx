import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContactSentPage } from "@/components/contact/contact-page";
import { activeSharedPortfolio } from "@/lib/sharing/read-model";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

async function load(params: Props["params"]) {
  const { token } = await params;
  const shared = await activeSharedPortfolio(token);
  return { token, portfolio: shared.portfolio };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await load(params);
  const t = await getTranslations("contact");
  return { title: t("sent"), robots: { index: false, follow: false, nocache: true }, referrer: "same-origin" };
}

export default async function SharedContactSentRoute({ params }: Props) {
  const { token, portfolio } = await load(params);
  return <ContactSentPage portfolio={portfolio} basePath={`/s/${token}`} />;
}
