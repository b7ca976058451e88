import { getTranslations } from "next-intl/server";
import { PortfolioPage } from "@/components/public/portfolio-page";
import { visitorFooter } from "@/components/sharing/visitor-footer";
import { renderReadingPage } from "@/components/public/static-html";
import { sharedReadingPage } from "@/components/sharing/shared-reading-page";
import { sharedLinkMetadata } from "@/lib/seo/metadata";
import { todayIso } from "@/lib/dates";

// A share link: the portfolio narrowed to the link's sections and anonymized as
// the owner chose, looked up on every request so a revoked link stops at once;
// plain HTML with no client runtime (components/public/static-html.tsx).
type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  return sharedReadingPage(
    token,
    async ({ portfolio }) => {
      const t = await getTranslations("sharing.meta");
      const metadata = sharedLinkMetadata(t("sharedTitle", { name: portfolio.displayName }));
      const body = (
        <PortfolioPage
          portfolio={portfolio}
          basePath={`/s/${token}`}
          today={todayIso()}
          footer={visitorFooter({ source: { token } })}
          pdfHref={`/s/${token}/pdf`}
        />
      );
      return { status: 200, html: await renderReadingPage(metadata, body) };
    },
    { cacheAs: "portfolio" },
  );
}
