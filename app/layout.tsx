import type { Metadata } from "next";
import localFont from "next/font/local";
import { NextIntlClientProvider } from "next-intl";
import { Toaster } from "sonner";
import { getLocale, getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/site";
import "./globals.css";

// next/font/google needs the network at build time; the font ships from npm instead, in two
// subsets: Inter's "latin" file has no Latvian letters (ā č ē ģ ī ķ ļ ņ š ū ž are Latin
// Extended-A), so "latin-ext" follows it in the sans stack (globals.css) and the browser takes
// each letter from the first of the two that has it. No metric fallback between them: an
// adjusted local Arial there would draw the Latvian letters before Inter's own file could.
// tests/unit/ui-fonts.test.ts checks these files cover Latvian.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  adjustFontFallback: false,
});
const interLatinExt = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2",
  variable: "--font-inter-ext",
  display: "swap",
  preload: false,
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { metadataBase: siteUrl(), title: { default: t("title"), template: `%s · Postfolio` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={`${inter.variable} ${interLatinExt.variable}`}>
      <body className="min-h-screen font-sans">
        {/* Locale and time zone for every client component, but no messages: the public
            pages have no client component that needs them (they would be inlined into
            every cached page); the dashboard, settings and sign-in layouts add theirs. */}
        <NextIntlClientProvider messages={null}>{children}</NextIntlClientProvider>
        {/* Lifted above the forms' sticky save bar, so a toast never covers Save. */}
        <Toaster position="bottom-right" richColors closeButton offset={{ bottom: "5rem", right: "1.5rem" }} mobileOffset={{ bottom: "5rem" }} />
      </body>
    </html>
  );
}
