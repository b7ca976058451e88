import { notFound } from "next/navigation";
import { ProfileEditor } from "@/components/portfolio/profile-editor";
import { requireUser } from "@/lib/auth/session";
import { getProfileForEdit } from "@/lib/portfolio/data";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser("/dashboard/profile");
  const profile = await getProfileForEdit(user.id);
  if (!profile) notFound();
  return <ProfileEditor profile={profile} />;
}
