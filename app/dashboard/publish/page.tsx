import { getTranslations } from "next-intl/server";
import { AppearanceForm } from "@/components/publish/appearance-form";
import { SectionsCard } from "@/components/publish/sections-card";
import { VisibilityCard } from "@/components/publish/visibility-card";
import { requireUser } from "@/lib/auth/session";
import { getOwnPortfolio } from "@/lib/portfolio/data";
import { getPublishSettings } from "@/lib/publishing/data";

export const metadata = { title: "Publish" };

export default async function PublishRoute() {
  const user = await requireUser("/dashboard/publish");
  await getOwnPortfolio(user.id, user.name);
  const [settings, t] = await Promise.all([getPublishSettings(user.id), getTranslations("publicPage.publish")]);
  return (
    <div className="grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-muted">{t("lead", { url: `/${settings.handle}` })}</p>
      </div>
      <VisibilityCard initial={settings.visibility} handle={settings.handle} />
      <AppearanceForm initial={{ theme: settings.theme, accentColor: settings.accentColor }} />
      <SectionsCard order={settings.sectionOrder} hidden={settings.hiddenSections} counts={settings.counts} />
    </div>
  );
}
