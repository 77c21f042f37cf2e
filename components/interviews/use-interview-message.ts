"use client";

import { useTranslations } from "next-intl";

/**
 * Turns a form answer's message key into text. Shared keys live in `validation`; those only
 * the interview forms need live in `interviews.validation`. Every message gets the fiscal
 * year, since `outsideFiscalYear` names it.
 */
export function useInterviewMessage(fiscalYearLabel: string) {
  const t = useTranslations();
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const values = { fiscalYear: fiscalYearLabel };
    if (t.has(`validation.${key}`)) return t(`validation.${key}`, values);
    if (t.has(`interviews.validation.${key}`)) return t(`interviews.validation.${key}`, values);
    return t("validation.invalid");
  };
}
