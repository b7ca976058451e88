import { serializeJsonLd } from "@/lib/seo/metadata";

/** Structured data for search engines, escaped so user text cannot end the script. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
