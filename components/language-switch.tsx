import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/app/actions";
import { Button } from "@/components/ui/button";

export async function LanguageSwitch() {
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  const other = locale === "ja" ? "en" : "ja";
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      <Button variant="tertiary" size="sm" type="submit" lang={other} aria-label={t("languageLabel")}>
        {t("language")}
      </Button>
    </form>
  );
}
