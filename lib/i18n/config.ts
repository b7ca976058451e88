// Adding a language: add its messages file beside en.json and list it here.
export const locales = ["en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
