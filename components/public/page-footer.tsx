import { Icon } from "@/components/ui/sprite-icon";
import { useLocale, useTranslations } from "next-intl";
import type { PublicPortfolio } from "@/lib/public/types";
import { formatDay } from "@/lib/date-formats";

/** Added by sharing: the contact form (inside #contact) and a note under it (privacy note, view beacon). */
export type PageFooterExtras = {
  contact?: React.ReactNode;
  note?: React.ReactNode;
  /** False on the contact page, whose main content is the contact section. */
  contactSection?: boolean;
};

/** Contact (the target of the header's button when there is no public email) and the page's last update. */
export function PageFooter({ portfolio, contact, note, contactSection = true }: { portfolio: PublicPortfolio } & PageFooterExtras) {
  const t = useTranslations("publicPage.footer");
  const locale = useLocale();
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-10 sm:px-6">
        {contactSection && (
          <section id="contact" aria-labelledby="contact-title" className="grid gap-2">
            <h2 id="contact-title" className="text-lg font-semibold">
              {t("contactTitle", { name: portfolio.displayName })}
            </h2>
            {portfolio.contactEmail ? (
              <p>
                <a href={`mailto:${portfolio.contactEmail}`} className="inline-flex items-center gap-1.5 font-medium text-accent underline underline-offset-2 hover:no-underline">
                  <Icon name="mail" className="size-4" />
                  {portfolio.contactEmail}
                </a>
              </p>
            ) : (
              !contact && <p className="text-sm text-muted">{t("contactSoon")}</p>
            )}
            {contact}
          </section>
        )}
        <p className="flex flex-wrap justify-between gap-2 text-xs text-muted">
          <span>{t("updated", { date: formatDay(portfolio.updatedAt.slice(0, 10), locale) })}</span>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- reading pages have no client router; next/link is a client component */}
          <a href="/" className="underline-offset-2 hover:text-fg hover:underline" data-print-hide="">
            {t("builtWith")}
          </a>
        </p>
        {note}
      </div>
    </footer>
  );
}
