import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/signup-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { oauthButtons } from "@/lib/auth/oauth";
import { getSessionUser } from "@/lib/auth/session";
import { configuredOrigin } from "@/lib/site";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("auth.signup.metaTitle");

type SearchParams = Promise<{ next?: string | string[] }>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(Array.isArray(params.next) ? params.next[0] : params.next);
  if (await getSessionUser()) redirect(next);
  const t = await getTranslations("auth.signup");
  const loginHref = params.next ? `/login?next=${encodeURIComponent(next)}` : "/login";
  return (
    <AuthCard title={t("title")} subtitle={t("subtitle")} other={{ question: t("haveAccount"), href: loginHref, label: t("signInLink") }}>
      <OAuthButtons providers={oauthButtons()} next={next} />
      <SignUpForm next={next} siteUrl={configuredOrigin() ?? ""} />
    </AuthCard>
  );
}
