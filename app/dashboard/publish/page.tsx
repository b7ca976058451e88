import { getTranslations } from "next-intl/server";
import { NameWarnings } from "@/components/confidential/name-warnings";
import { PageHeader } from "@/components/editor/page-header";
import { AppearanceForm } from "@/components/publishing/appearance-form";
import { PdfDownload } from "@/components/publishing/pdf-download";
import { SectionsCard } from "@/components/publishing/sections-card";
import { VisibilityCard } from "@/components/publishing/visibility-card";
import { listNameWarnings } from "@/lib/confidential/data";
import { requireUser } from "@/lib/auth/session";
import { getPublishSettings } from "@/lib/publishing/data";
import { requestOrigin } from "@/lib/site";
import { pageTitle } from "@/lib/i18n/metadata";
import { FeaturedPicker } from "@/components/featured/featured-picker";
import { getFeaturedChoices } from "@/lib/featured/data";
import { PageLanguageForm } from "@/components/publishing/page-language-form";
import { getLanguageSettings } from "@/lib/i18n/data";

export const generateMetadata = pageTitle("publicPage.publish.title");

export default async function PublishRoute() {
  const user = await requireUser("/dashboard/publish");
  const [settings, warnings, t, origin, featured, language] = await Promise.all([
    getPublishSettings(user.id),
    listNameWarnings(user.id),
    getTranslations("publicPage.publish"),
    requestOrigin(),
    getFeaturedChoices(user.id),
    getLanguageSettings(user.id),
  ]);
  return (
    <div className="grid max-w-3xl gap-6">
      <div>
        <PageHeader title={t("title")} lead={t("lead", { url: `/${settings.handle}` })} />
        <PdfDownload className="-mt-3" />
      </div>
      <NameWarnings warnings={warnings} />
      <VisibilityCard initial={settings.visibility} handle={settings.handle} publicUrl={`${origin}/${settings.handle}`} />
      <FeaturedPicker choices={featured} />
      <PageLanguageForm pageLocale={language.pageLocale} handle={settings.handle} />
      <AppearanceForm initial={{ theme: settings.theme, accentColor: settings.accentColor }} />
      <SectionsCard order={settings.sectionOrder} hidden={settings.hiddenSections} counts={settings.counts} />
    </div>
  );
}
