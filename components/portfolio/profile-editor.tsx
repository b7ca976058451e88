import { getTranslations } from "next-intl/server";
import type { getProfileForEdit } from "@/lib/portfolio/data";
import { profileLinkSchema } from "@/lib/portfolio/schema";
import { ProfileForm } from "./profile-form";

type Profile = NonNullable<Awaited<ReturnType<typeof getProfileForEdit>>>;

export async function ProfileEditor({ profile }: { profile: Profile }) {
  const t = await getTranslations("dashboard.profile");
  const links = profileLinkSchema.array().safeParse(profile.profileLinks);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("lead")}</p>
      </div>
      <ProfileForm
        avatar={profile.avatar}
        defaults={{
          displayName: profile.displayName,
          headline: profile.headline,
          bio: profile.bio,
          location: profile.location,
          contactEmail: profile.contactEmail ?? "",
          website: profile.website ?? "",
          profileLinks: links.success ? links.data : [],
          targetIndustry: profile.targetIndustry,
          platforms: profile.platforms,
          openToWork: profile.openToWork,
          avatarId: profile.avatar?.id ?? null,
          mediaAlts: profile.avatar ? [{ mediaId: profile.avatar.id, alt: profile.avatar.alt }] : [],
          baseVersion: profile.version,
        }}
      />
    </div>
  );
}
