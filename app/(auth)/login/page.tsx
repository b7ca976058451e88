import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { safeNextPath } from "@/lib/auth/next-path";
import { oauthButtons } from "@/lib/auth/oauth";
import { getSessionUser } from "@/lib/auth/session";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("auth.login.metaTitle");

type SearchParams = Promise<{ next?: string | string[]; error?: string | string[] }>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  if (await getSessionUser()) redirect(next);
  const t = await getTranslations("auth.login");
  const error = first(params.error);
  // next-auth sends OAuth failures back here as ?error=<code>.
  const initialError = !error ? undefined : error === "OAuthAccountNotLinked" ? t("oauthNotLinked") : t("oauthFailed");
  const signupHref = params.next ? `/signup?next=${encodeURIComponent(next)}` : "/signup";
  return (
    <AuthCard title={t("title")} subtitle={t("subtitle")} other={{ question: t("noAccount"), href: signupHref, label: t("signUpLink") }}>
      <OAuthButtons providers={oauthButtons()} next={next} />
      <LoginForm next={next} initialError={initialError} />
    </AuthCard>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
