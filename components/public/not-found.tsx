import { useTranslations } from "next-intl";

/** Missing, draft and unlisted portfolios look the same to visitors: nothing leaks which one it is. */
export function PortfolioNotFound() {
  const t = useTranslations("publicPage.notFound");
  return (
    <main id="main" className="mx-auto grid min-h-[60vh] max-w-xl place-content-center gap-3 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- reading pages have no client router; next/link is a client component */}
        <a href="/" className="font-medium text-accent underline underline-offset-2 hover:no-underline">
          {t("home")}
        </a>
      </p>
    </main>
  );
}
