import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CredentialsScreen } from "@/components/credentials/credentials-screen";
import { requireUser } from "@/lib/auth/session";
import { getCredentials } from "@/lib/credentials/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials");
  return { title: t("title") };
}

export default async function CredentialsPage() {
  const user = await requireUser("/dashboard/credentials");
  const credentials = await getCredentials(user.id);
  return <CredentialsScreen credentials={credentials} />;
}
