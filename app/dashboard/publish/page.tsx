import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AppearanceForm } from "@/components/publish/appearance-form";
import { SectionsCard } from "@/components/publish/sections-card";
import { VisibilityCard } from "@/components/publish/visibility-card";
import { NameWarnings } from "@/components/confidential/name-warnings";
import { listNameWarnings } from "@/lib/confidential/data";
import { requireUser } from "@/lib/auth/session";
import { getPublishSettings } from "@/lib/publishing/data";
import { siteOrigin } from "@/lib/sharing/origin";
import { FeaturedPicker } from "@/components/featured/featured-picker";
import { getFeaturedChoices } from "@/lib/featured/data";

export const metadata = { title: "Publish" };

export default async function PublishRoute() {
  const user = await requireUser("/dashboard/publish");
  const [settings, warnings, t, origin, featured] = await Promise.all([
    getPublishSettings(user.id),
    listNameWarnings(user.id),
    getTranslations("publicPage.publish"),
    siteOrigin(),
    getFeaturedChoices(user.id),
  ]);
  return (
    <div className="grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("lead", { url: `/${settings.handle}` })}</p>
        <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          {/* A plain download link (no JavaScript needed): the server prints the owner's page in any visibility. */}
          <a href="/dashboard/preview/pdf" download className="inline-flex items-center gap-1.5 font-medium text-accent underline underline-offset-2 hover:no-underline">
            <Download aria-hidden className="size-4" />
            {t("downloadPdf")}
          </a>
          <span className="text-muted">{t("pdfHint")}</span>
        </p>
      </div>
      <NameWarnings warnings={warnings} />
      <VisibilityCard initial={settings.visibility} handle={settings.handle} publicUrl={`${origin}/${settings.handle}`} />
      <FeaturedPicker choices={featured} />
      <AppearanceForm initial={{ theme: settings.theme, accentColor: settings.accentColor }} />
      <SectionsCard order={settings.sectionOrder} hidden={settings.hiddenSections} counts={settings.counts} />
    </div>
  );
}
