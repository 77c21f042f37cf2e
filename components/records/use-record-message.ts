"use client";

import { useTranslations } from "next-intl";

/**
 * Turns a FormState message key into text. Shared keys live in `validation`; the two only the
 * records forms need live in `records.validation`, the certificate's in `verifiedRecords.validation`. Every message gets the fiscal year, since
 * `outsideFiscalYear` names it.
 */
export function useRecordMessage(fiscalYearLabel: string) {
  const t = useTranslations();
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const values = { fiscalYear: fiscalYearLabel };
    if (t.has(`validation.${key}`)) return t(`validation.${key}`, values);
    if (t.has(`records.validation.${key}`)) return t(`records.validation.${key}`, values);
    if (t.has(`verifiedRecords.validation.${key}`)) return t(`verifiedRecords.validation.${key}`, values);
    return t("validation.invalid");
  };
}
