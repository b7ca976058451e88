import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/editor/page-header";
import type { getProfileForEdit } from "@/lib/portfolio/data";
import { profileLinkSchema } from "@/lib/portfolio/schema";
import { ProfileForm } from "./profile-form";

type Profile = NonNullable<Awaited<ReturnType<typeof getProfileForEdit>>>;

export async function ProfileEditor({ profile }: { profile: Profile }) {
  const t = await getTranslations("dashboard.profile");
  const links = profileLinkSchema.array().safeParse(profile.profileLinks);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
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
