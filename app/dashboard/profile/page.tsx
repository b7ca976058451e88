import { ProfileEditor } from "@/components/portfolio/profile-editor";
import { requireUser } from "@/lib/auth/session";
import { loadProfileEditor } from "@/lib/portfolio/loaders";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.nav.profile");

export default async function ProfilePage() {
  const user = await requireUser("/dashboard/profile");
  const profile = await loadProfileEditor(user.id);
  return <ProfileEditor profile={profile} />;
}
