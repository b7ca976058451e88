import { DocumentPage } from "@/components/public/document-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { notFoundPage, renderReadingPage } from "@/components/public/static-html";
import { sharedReadingPage } from "@/components/sharing/shared-reading-page";
import { sharedLinkMetadata } from "@/lib/seo/metadata";

// A reading page under a share link (plain HTML, checked every request): see app/s/[token]/route.tsx.
type Context = { params: Promise<{ token: string; id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token, id } = await params;
  return sharedReadingPage(
    token,
    async ({ portfolio }) => {
      const document = portfolio.documents.find((item) => item.id === id);
      if (!document) return notFoundPage();
      const metadata = sharedLinkMetadata(`${document.title} · ${portfolio.displayName}`);
      const body = (
        <DocumentPage
          portfolio={portfolio}
          document={document}
          basePath={`/s/${token}`}
          footer={visitorFooter({ source: { token }, target: `document:${document.id}` })}
        />
      );
      return { status: 200, html: await renderReadingPage(metadata, body) };
    },
    { cacheAs: `document:${id}` },
  );
}
