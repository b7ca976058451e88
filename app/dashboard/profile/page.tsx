import { ProfileEditor } from "@/components/portfolio/profile-editor";
import { requireUser } from "@/lib/auth/session";
import { loadProfileEditor } from "@/lib/portfolio/loaders";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser("/dashboard/profile");
  const profile = await loadProfileEditor(user.id);
  return <ProfileEditor profile={profile} />;
}
