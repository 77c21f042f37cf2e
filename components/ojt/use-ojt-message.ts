"use client";

import { useTranslations } from "next-intl";

/**
 * Turns a FormState message key into text: shared keys live in `validation`, those only the OJT
 * forms need in `ojt.validation`. Every message gets the values some of them name.
 */
export function useOjtMessage(values: Record<string, string | number>) {
  const t = useTranslations();
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    if (t.has(`validation.${key}`)) return t(`validation.${key}`, values);
    if (t.has(`ojt.validation.${key}`)) return t(`ojt.validation.${key}`, values);
    return t("validation.invalid");
  };
}
