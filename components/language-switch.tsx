import { getLocale, getTranslations } from "next-intl/server";
import { switchDateStyle, switchLocale } from "@/lib/platform/auth/session-actions";
import { Button } from "@/components/ui/button";

export async function LanguageSwitch() {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  const other = locale === "en" ? "ja" : "en";
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      {/* The visible word stays in the name (WCAG 2.5.3: a voice user says "English"); the
          explanation follows it in the reader's current language. */}
      <Button variant="tertiary" size="sm" type="submit">
        <span lang={other}>{t("language")}</span>
        <span className="sr-only">{t("languageLabel")}</span>
      </Button>
    </form>
  );
}

/** In Japanese, dates in the era (令和8年) or the Western calendar (2026年), as the reader prefers. */
export async function DateStyleSwitch() {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  if (locale === "en") return null;
  const toGregorian = locale === "ja";
  return (
    <form action={switchDateStyle}>
      <input type="hidden" name="style" value={toGregorian ? "gregorian" : "wareki"} />
      <Button variant="tertiary" size="sm" type="submit">
        {toGregorian ? t("dateStyleGregorian") : t("dateStyleWareki")}
        <span className="sr-only">{toGregorian ? t("dateStyleGregorianLabel") : t("dateStyleWarekiLabel")}</span>
      </Button>
    </form>
  );
}
