import { CredentialsScreen } from "@/components/credentials/credentials-screen";
import { requireUser } from "@/lib/auth/session";
import { getCredentials } from "@/lib/credentials/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("credentials.title");

export default async function CredentialsPage() {
  const user = await requireUser("/dashboard/credentials");
  const credentials = await getCredentials(user.id);
  return <CredentialsScreen credentials={credentials} />;
}
