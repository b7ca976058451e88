import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactSentPage } from "@/components/contact/contact-page";
import { getPublicPortfolio } from "@/lib/public/data";

// Where a sent contact message lands (POST-redirect-GET), so a reload sends nothing twice.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  if (!portfolio) return {};
  const t = await getTranslations("contact");
  return { title: t("sent"), robots: { index: false, follow: true } };
}

export default async function PublicContactSentRoute({ params }: Props) {
  const { handle } = await params;
  const portfolio = await getPublicPortfolio(handle);
  if (!portfolio) notFound();
  return <ContactSentPage portfolio={portfolio} basePath={`/${portfolio.handle}`} />;
}
