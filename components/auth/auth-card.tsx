import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { BrandLink } from "@/components/ui/brand-link";

type AuthCardProps = {
  title: string;
  subtitle: string;
  /** Under the card: "No account yet? Sign up", the way to the other page. */
  other: { question: string; href: string; label: string };
  children: React.ReactNode;
};

/** The sign-in / sign-up frame: wordmark home, a centered card, a link to the other page. */
export async function AuthCard({ title, subtitle, other, children }: AuthCardProps) {
  const t = await getTranslations("nav");
  return (
    <div className="flex min-h-screen flex-col items-center bg-surface px-4 py-10 sm:py-16">
      <BrandLink href="/" aria-label={t("home")} badge="size-8" className="mb-8">
        {t("brand")}
      </BrandLink>
      <main className="w-full max-w-md">
        <div className="rounded-card border border-border bg-bg p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          <p className="mt-1 text-sm text-muted">{subtitle}</p>
          <div className="mt-6">{children}</div>
        </div>
        <p className="mt-6 text-center text-sm text-muted">
          {other.question}{" "}
          <Link href={other.href} className="font-medium text-accent underline-offset-4 hover:underline">
            {other.label}
          </Link>
        </p>
      </main>
      <LocaleSwitcher className="mt-6" />
    </div>
  );
}
