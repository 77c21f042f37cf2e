"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/validation/form-state";

/** A field's message from the shared `validation` keys. */
export function useFieldErrors(state: FormState) {
  const t = useTranslations("validation");
  return (field: string): string | undefined => {
    const key = state.fieldErrors[field];
    if (!key) return undefined;
    return t.has(key) ? t(key) : t("invalid");
  };
}
