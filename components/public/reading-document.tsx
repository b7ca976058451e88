import type { Metadata } from "next";
import { HeadTags } from "@/components/seo/head-tags";
import type { LayoutAssets } from "./static-html";

type ReadingDocumentProps = {
  lang: string;
  metadata: Metadata;
  /** The app's stylesheet(s) and Inter font, as the build made them for the root layout (components/public/static-html.tsx). */
  assets: LayoutAssets;
  children: React.ReactNode;
};

// Without the layout's font class (a build whose CSS could not be read), the system font:
// globals.css builds its sans stack on --font-inter.
const systemFont = { "--font-inter": "system-ui" } as React.CSSProperties;

/**
 * The whole HTML document of a reading page (what app/layout.tsx is for the
 * App Router): these pages are rendered to plain HTML without Next's client
 * runtime, so the <head> is written here from the same Metadata objects.
 */
export function ReadingDocument({ lang, metadata, assets, children }: ReadingDocumentProps) {
  return (
    <html lang={lang} className={assets.fontClass} style={assets.fontClass ? undefined : systemFont}>
      {/* eslint-disable-next-line @next/next/no-head-element -- the whole document of a page rendered outside the App Router */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <HeadTags metadata={metadata} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {assets.fontPreload && <link rel="preload" href={assets.fontPreload} as="font" type="font/woff2" crossOrigin="" />}
        {assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
