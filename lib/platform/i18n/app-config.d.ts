import type messages from "./messages/ja.json";
import type { Locale } from "./locales";

// Message keys are checked by the compiler: a key missing from the catalogue, or a namespace
// mistyped, fails `tsc` instead of rendering the raw key on the one page that asks for it.
// Japanese is the reference catalogue; the unit test keeps English the same shape.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
