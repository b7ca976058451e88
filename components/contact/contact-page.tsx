import { Icon } from "@/components/ui/sprite-icon";
import { useTranslations } from "next-intl";
import { ItemPageShell } from "@/components/public/item-page-shell";
import type { ContactFlash } from "@/lib/contact/schema";
import type { PublicPortfolio } from "@/lib/public/types";
import { ContactForm } from "./contact-form";

type ContactPageProps = {
  portfolio: PublicPortfolio;
  /** "/<handle>" or "/s/<token>": where "back" goes. */
  basePath: string;
  /** Exactly one: the public page's handle or the share link's token. */
  source: { handle: string; token?: undefined } | { token: string; handle?: undefined };
};

/** Where a failed submit lands (dynamic): the form again, errors beside the fields, the typed values kept. */
export function ContactPage({ portfolio, basePath, source, flash }: ContactPageProps & { flash: ContactFlash | null }) {
  const t = useTranslations();
  return (
    <ItemPageShell portfolio={portfolio} basePath={basePath} backAnchor="#contact" footer={{ contactSection: false }}>
      <section id="contact" aria-labelledby="contact-title" className="grid gap-4">
        <h1 id="contact-title" className="text-3xl font-semibold tracking-tight text-balance">
          {t("publicPage.footer.contactTitle", { name: portfolio.displayName })}
        </h1>
        <p className="text-muted">{t("contact.lead", { name: portfolio.displayName })}</p>
        <ContactForm handle={source.handle} token={source.token} flash={flash} />
      </section>
    </ItemPageShell>
  );
}

/** Where a sent message lands: the confirmation, and the way back to the portfolio. */
export function ContactSentPage({ portfolio, basePath }: Omit<ContactPageProps, "source">) {
  const t = useTranslations("contact");
  return (
    <ItemPageShell portfolio={portfolio} basePath={basePath} backAnchor="#contact" footer={{ contactSection: false }}>
      <section id="contact" role="status" className="grid justify-items-start gap-2 rounded-card border border-success/40 bg-success/5 p-5">
        <h1 className="flex items-center gap-2 text-xl font-semibold">
          <Icon name="circle-check" className="size-5 text-success" />
          {t("sent")}
        </h1>
        <p className="text-sm text-muted">{t("sentBody", { name: portfolio.displayName })}</p>
      </section>
    </ItemPageShell>
  );
}
