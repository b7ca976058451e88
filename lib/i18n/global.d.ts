import type messages from "./messages/en";
import type { Locale } from "./config";

// Typed message keys: a missing or misspelt key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
