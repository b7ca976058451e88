import localFont from "next/font/local";

// next/font/google needs the network at build time; the font ships from npm instead.
// Shared by the root layout and the reading pages' own document (components/public/reading-document.tsx).
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});
