import { SamplesScreen } from "@/components/samples/samples-screen";
import { requireUser } from "@/lib/auth/session";
import { isPlatform } from "@/lib/platforms/platforms";
import { countSamplesByPlatform, listSamples } from "@/lib/samples/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("samples.title");

type Props = { searchParams: Promise<{ platform?: string | string[] }> };

export default async function SamplesPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard/samples");
  const requested = (await searchParams).platform;
  const platform = isPlatform(requested) ? requested : null;
  const [samples, counts] = await Promise.all([listSamples(user.id, { platform: platform ?? undefined }), countSamplesByPlatform(user.id)]);
  return <SamplesScreen samples={samples} platform={platform} counts={counts} />;
}
