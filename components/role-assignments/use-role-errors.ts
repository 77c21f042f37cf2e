"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/validation/form-state";

/** Field errors: the shared `validation` keys, plus the few only role admin needs (`roleAdmin.validation`). */
export function useRoleErrors(state: FormState) {
  const t = useTranslations("validation");
  const own = useTranslations("roleAdmin.validation");
  return (field: string): string | undefined => {
    const key = state.fieldErrors[field];
    if (!key) return undefined;
    return own.has(key) ? own(key) : t.has(key) ? t(key) : t("invalid");
  };
}
