import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/site";

// The <head> tags of a reading page, written from the same Metadata objects
// lib/seo builds, because those pages are rendered outside the App Router
// (components/public/static-html.tsx) where Next's own metadata renderer does not run.
// Only the fields the reading pages use are supported.

type Image = { url: string | URL; width?: number | string; height?: number | string; alt?: string };

const TITLE_TEMPLATE = "%s · Postfolio";

function titleOf(title: Metadata["title"]): string | undefined {
  if (!title) return undefined;
  if (typeof title === "string") return TITLE_TEMPLATE.replace("%s", title);
  if ("absolute" in title && title.absolute) return title.absolute;
  return undefined;
}

function images(value: unknown): Image[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((item) => (typeof item === "string" || item instanceof URL ? { url: item } : (item as Image)));
}

function robotsContent(robots: Metadata["robots"]): string | undefined {
  if (!robots) return undefined;
  if (typeof robots === "string") return robots;
  const parts = [
    robots.index === false ? "noindex" : robots.index ? "index" : null,
    robots.follow === false ? "nofollow" : robots.follow ? "follow" : null,
    robots.nocache ? "nocache" : null,
  ];
  return parts.filter(Boolean).join(", ") || undefined;
}

function Property({ name, content }: { name: string; content: unknown }) {
  return content === undefined || content === null || content === "" ? null : <meta property={name} content={String(content)} />;
}

function Named({ name, content }: { name: string; content: unknown }) {
  return content === undefined || content === null || content === "" ? null : <meta name={name} content={String(content)} />;
}

export function HeadTags({ metadata }: { metadata: Metadata }) {
  const og = (metadata.openGraph ?? {}) as Record<string, unknown>;
  const twitter = (metadata.twitter ?? {}) as Record<string, unknown>;
  const canonical = metadata.alternates?.canonical;
  return (
    <>
      <title>{titleOf(metadata.title) ?? "Postfolio"}</title>
      <Named name="description" content={metadata.description} />
      <Named name="referrer" content={metadata.referrer} />
      <Named name="robots" content={robotsContent(metadata.robots)} />
      {canonical ? <link rel="canonical" href={absoluteUrl(String(canonical))} /> : null}
      <Property name="og:title" content={og.title} />
      <Property name="og:description" content={og.description} />
      <Property name="og:url" content={og.url ? absoluteUrl(String(og.url)) : undefined} />
      <Property name="og:site_name" content={og.siteName} />
      <Property name="og:locale" content={og.locale} />
      {images(og.images).map((image) => (
        <ImageTags key={String(image.url)} prefix="og:image" image={image} property />
      ))}
      <Property name="og:type" content={og.type} />
      <Property name="profile:first_name" content={og.firstName} />
      <Property name="profile:last_name" content={og.lastName} />
      <Property name="profile:username" content={og.username} />
      {((og.authors as string[] | undefined) ?? []).map((author) => (
        <Property key={author} name="article:author" content={author} />
      ))}
      <Named name="twitter:card" content={twitter.card} />
      <Named name="twitter:title" content={twitter.title} />
      <Named name="twitter:description" content={twitter.description} />
      {images(twitter.images).map((image) => (
        <ImageTags key={String(image.url)} prefix="twitter:image" image={image} />
      ))}
    </>
  );
}

function ImageTags({ prefix, image, property = false }: { prefix: string; image: Image; property?: boolean }) {
  const Tag = property ? Property : Named;
  return (
    <>
      <Tag name={prefix} content={absoluteUrl(String(image.url))} />
      <Tag name={`${prefix}:width`} content={image.width} />
      <Tag name={`${prefix}:height`} content={image.height} />
      <Tag name={`${prefix}:alt`} content={image.alt} />
    </>
  );
}
