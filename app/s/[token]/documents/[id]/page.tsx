import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentPage } from "@/components/public/document-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { activeSharedPortfolio } from "@/lib/sharing/read-model";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string; id: string }> };

async function load(params: Props["params"]) {
  const { token, id } = await params;
  const shared = await activeSharedPortfolio(token);
  const document = shared.portfolio.documents.find((item) => item.id === id);
  if (!document) notFound();
  return { token, portfolio: shared.portfolio, document };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { portfolio, document } = await load(params);
  return { title: `${document.title} · ${portfolio.displayName}`, robots: { index: false, follow: false, nocache: true }, referrer: "same-origin" };
}

export default async function SharedDocumentRoute({ params }: Props) {
  const { token, portfolio, document } = await load(params);
  return (
    <DocumentPage
      portfolio={portfolio}
      document={document}
      basePath={`/s/${token}`}
      footer={visitorFooter({ source: { token }, target: `document:${document.id}` })}
    />
  );
}
