import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactPage } from "@/components/contact/contact-page";
import { readContactFlash } from "@/lib/contact/flash";
import { getPublicPortfolio } from "@/lib/public/data";

// Where a failed contact submit lands: it reads the flash cookie, so it is
// dynamic, and the reading page /<handle> stays static.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  if (!portfolio) return {};
  const t = await getTranslations("publicPage.footer");
  return { title: t("contactTitle", { name: portfolio.displayName }), robots: { index: false, follow: true } };
}

export default async function PublicContactRoute({ params }: Props) {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  if (!portfolio) notFound();
  return <ContactPage portfolio={portfolio} basePath={`/${portfolio.handle}`} source={{ handle: portfolio.handle }} flash={await readContactFlash()} />;
}
