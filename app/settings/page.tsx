import { getTranslations } from "next-intl/server";
import { DeleteAccount } from "@/components/auth/delete-account";
import { EmailForm } from "@/components/auth/email-form";
import { HandleForm } from "@/components/auth/handle-form";
import { NameForm } from "@/components/auth/name-form";
import { PasswordForm } from "@/components/auth/password-form";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { getAccountSettings } from "@/lib/auth/data";
import { requireUser } from "@/lib/auth/session";
import { configuredOrigin } from "@/lib/site";
import { pageTitle } from "@/lib/i18n/metadata";
import { AccountLanguageForm } from "@/components/auth/language-form";
import { getLanguageSettings } from "@/lib/i18n/data";

export const generateMetadata = pageTitle("auth.settings.metaTitle");

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [account, t, language] = await Promise.all([getAccountSettings(user.id), getTranslations("auth.settings"), getLanguageSettings(user.id)]);
  const siteUrl = configuredOrigin() ?? "";
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("subtitle")}</p>
      </header>
      <NameForm name={account.name} />
      <AccountLanguageForm locale={language.locale} />
      <EmailForm email={account.email} hasPassword={account.hasPassword} />
      <HandleForm handle={account.handle} siteUrl={siteUrl} />
      <PasswordForm hasPassword={account.hasPassword} providers={account.providers} />
      <SignOutEverywhere />
      <DeleteAccount handle={account.handle} siteUrl={siteUrl} />
    </div>
  );
}
