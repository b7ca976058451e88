import { useTranslations } from "next-intl";
import { OWNER_CHECK_SCRIPT } from "@/lib/public/owner-check-script";

/**
 * Missing, draft and unlisted portfolios look the same to visitors: nothing
 * leaks which one it is. The response is cached and the same for everyone;
 * the owner's notice is in it, hidden, and a small script shows it only when
 * /api/owner-draft says the signed-in reader owns this draft. Without
 * JavaScript the owner still has the quiet link to their preview.
 */
export function PortfolioNotFound() {
  const t = useTranslations("publicPage.notFound");
  const td = useTranslations("publicPage.reading.draft");
  const link = "font-medium text-accent underline underline-offset-2 hover:no-underline";
  return (
    <main id="main" className="mx-auto grid min-h-[60vh] max-w-xl place-content-center gap-3 px-4 py-16 text-center">
      <div id="visitor-not-found" className="grid gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted">{t("body")}</p>
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- reading pages have no client router; next/link is a client component */}
          <a href="/" className={link}>
            {t("home")}
          </a>
        </p>
        <p className="pt-6 text-xs text-muted">
          {td("ownerHint")}{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- reading pages have no client router; next/link is a client component */}
          <a href="/dashboard/preview" className="underline underline-offset-2 hover:text-fg">
            {td("ownerLink")}
          </a>
        </p>
      </div>
      <div id="owner-draft" hidden className="grid gap-3" data-owner-draft="">
        <h1 className="text-2xl font-semibold tracking-tight">{td("title")}</h1>
        <p className="text-muted">{td("body")}</p>
        <p className="flex flex-wrap justify-center gap-x-4 gap-y-2">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- reading pages have no client router; next/link is a client component */}
          <a href="/dashboard/publish" className="inline-flex h-10 items-center rounded-lg bg-accent px-4 text-sm font-medium text-accent-fg hover:opacity-90">
            {td("publish")}
          </a>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- reading pages have no client router; next/link is a client component */}
          <a href="/dashboard/preview" className={`${link} inline-flex h-10 items-center`}>
            {td("preview")}
          </a>
        </p>
      </div>
      <script dangerouslySetInnerHTML={{ __html: OWNER_CHECK_SCRIPT }} />
    </main>
  );
}
