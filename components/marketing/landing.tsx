import { getTranslations } from "next-intl/server";
import { BarChart3, CalendarDays, FileText, LayoutGrid, PenLine, Send, ShieldCheck, UploadCloud } from "lucide-react";
import { ButtonLink, buttonLinkClass } from "@/components/ui/button-link";
import { cn } from "@/lib/utils";
import { CampaignPreview } from "./campaign-preview";
import { SiteHeader } from "./site-header";

const pillars = [
  { key: "campaigns", icon: BarChart3 },
  { key: "samples", icon: LayoutGrid },
  { key: "strategy", icon: CalendarDays },
  { key: "cases", icon: FileText },
] as const;

const steps = [
  { key: "build", icon: PenLine },
  { key: "publish", icon: UploadCloud },
  { key: "share", icon: Send },
] as const;

type LandingSectionProps = {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  /** A full-width grey band with this border; without, the section sits on the page's background. */
  band?: "border-y" | "border-t";
  className?: string;
  children: React.ReactNode;
};

/** One section of the landing page: its heading, then its content, in the page's column. */
function LandingSection({ id, title, band, className, children }: LandingSectionProps) {
  const column = cn("mx-auto max-w-6xl px-4 py-16 sm:px-6", className);
  const content = (
    <>
      <h2 id={id} className="text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </>
  );
  if (!band) {
    return (
      <section aria-labelledby={id} className={column}>
        {content}
      </section>
    );
  }
  return (
    <section aria-labelledby={id} className={cn(band, "border-border bg-surface")}>
      <div className={column}>{content}</div>
    </section>
  );
}

export async function Landing() {
  const t = await getTranslations("landing");
  return (
    <>
      <SiteHeader />
      <main id="main">
        <section className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 lg:grid-cols-[1.1fr_0.9fr] lg:py-24">
          <div>
            <p className="text-sm font-medium text-accent">{t("eyebrow")}</p>
            <h1 className="mt-3 text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
            <p className="mt-5 max-w-xl text-lg text-muted">{t("lead")}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/signup" size="lg">
                {t("primaryCta")}
              </ButtonLink>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load: /demo counts its view with an inline script, which a client-side navigation would not run */}
              <a href="/demo" className={buttonLinkClass({ variant: "secondary", size: "lg" })}>
                {t("secondaryCta")}
              </a>
            </div>
            <p className="mt-3 text-sm text-muted">{t("free")}</p>
          </div>
          <CampaignPreview />
        </section>

        <LandingSection id="pillars" title={t("pillarsTitle")} band="border-y">
          <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {pillars.map(({ key, icon: Icon }) => (
              <li key={key} className="rounded-card border border-border bg-bg p-5">
                <Icon aria-hidden className="size-5 text-accent" />
                <h3 className="mt-3 font-semibold">{t(`pillars.${key}.title`)}</h3>
                <p className="mt-2 text-sm text-muted">{t(`pillars.${key}.body`)}</p>
              </li>
            ))}
          </ul>
        </LandingSection>

        <LandingSection id="steps" title={t("stepsTitle")}>
          <ol className="mt-8 grid gap-6 sm:grid-cols-3">
            {steps.map(({ key, icon: Icon }, index) => (
              <li key={key}>
                <div className="flex items-center gap-3">
                  <span className="tabular grid size-8 place-items-center rounded-full bg-accent-soft text-sm font-semibold text-accent">{index + 1}</span>
                  <Icon aria-hidden className="size-5 text-muted" />
                </div>
                <h3 className="mt-3 font-semibold">{t(`steps.${key}.title`)}</h3>
                <p className="mt-2 text-sm text-muted">{t(`steps.${key}.body`)}</p>
              </li>
            ))}
          </ol>
        </LandingSection>

        <section aria-labelledby="honesty" className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
          <div className="flex gap-4 rounded-card border border-border p-6">
            <ShieldCheck aria-hidden className="size-6 shrink-0 text-success" />
            <div>
              <h2 id="honesty" className="font-semibold">
                {t("honestyTitle")}
              </h2>
              <p className="mt-2 text-muted">{t("honestyBody")}</p>
            </div>
          </div>
        </section>

        <LandingSection id="closing" title={t("closingTitle")} band="border-t" className="text-center">
          <p className="mt-3 text-muted">{t("closingBody")}</p>
          <ButtonLink href="/signup" size="lg" className="mt-6">
            {t("primaryCta")}
          </ButtonLink>
        </LandingSection>
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted sm:px-6">{t("footer")}</footer>
    </>
  );
}
