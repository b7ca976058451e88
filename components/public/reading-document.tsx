import type { Metadata } from "next";
import { HeadTags } from "@/components/seo/head-tags";

type ReadingDocumentProps = {
  lang: string;
  metadata: Metadata;
  /** The app's stylesheet(s) (lib/public/static-html.ts finds them in the build). */
  stylesheets: string[];
  children: React.ReactNode;
};

// The system UI font instead of Inter: no font file to fetch before the text can
// settle on a phone (the editor keeps Inter). globals.css builds its sans stack on
// --font-inter, which next/font sets only inside the App Router's layout.
const systemFont = { "--font-inter": "ui-sans-serif" } as React.CSSProperties;

/**
 * The whole HTML document of a reading page (what app/layout.tsx is for the
 * App Router): these pages are rendered to plain HTML without Next's client
 * runtime, so the <head> is written here from the same Metadata objects.
 */
export function ReadingDocument({ lang, metadata, stylesheets, children }: ReadingDocumentProps) {
  return (
    <html lang={lang} style={systemFont}>
      {/* eslint-disable-next-line @next/next/no-head-element -- the whole document of a page rendered outside the App Router */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <HeadTags metadata={metadata} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
