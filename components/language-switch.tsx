import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/app/actions";
import { Button } from "@/components/ui/button";

export async function LanguageSwitch() {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  const other = locale === "ja" ? "en" : "ja";
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
