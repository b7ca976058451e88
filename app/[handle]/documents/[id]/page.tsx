import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentPage } from "@/components/public/document-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { getPublicPortfolio } from "@/lib/public/data";

export const dynamicParams = true;
// See app/[handle]/page.tsx for why 60 seconds.
export const revalidate = 60;

export function generateStaticParams(): { handle: string; id: string }[] {
  return [];
}

type Props = { params: Promise<{ handle: string; id: string }> };

async function load(params: Props["params"]) {
  const { handle, id } = await params;
  const portfolio = await getPublicPortfolio(handle);
  const document = portfolio?.documents.find((item) => item.id === id);
  return portfolio && document ? { portfolio, document } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { portfolio, document } = found;
  return {
    title: `${document.title} · ${portfolio.displayName}`,
    description: document.summary.slice(0, 160) || undefined,
    alternates: { canonical: `/${portfolio.handle}/documents/${document.id}` },
  };
}

export default async function PublicDocumentRoute({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { portfolio, document } = found;
  return (
    <DocumentPage
      portfolio={portfolio}
      document={document}
      basePath={`/${portfolio.handle}`}
      footer={visitorFooter({ source: { handle: portfolio.handle }, target: `document:${document.id}` })}
    />
  );
}
