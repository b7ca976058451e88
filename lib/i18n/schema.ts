import { z } from "zod";
import { locales } from "./config";

// Language choices, shared by the forms and their actions. Messages are `validation` keys.
const locale = z.enum(locales, { error: "invalid" });

/** The app's language for the signed-in user (account settings) or a visitor (the EN / LV switcher). */
export const setLocaleSchema = z.object({ locale });
export type SetLocaleInput = z.input<typeof setLocaleSchema>;

/** The public page's language, whoever visits. */
export const setPageLocaleSchema = z.object({ pageLocale: locale });
export type SetPageLocaleInput = z.input<typeof setPageLocaleSchema>;
