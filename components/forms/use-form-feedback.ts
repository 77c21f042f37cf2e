"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/validation/form-state";

/** Translates a form's field errors (catalogue keys) for display beside each field. */
export function useFieldErrors(state: FormState, params: Record<string, string | number> = {}) {
  const t = useTranslations("validation");
  return (field: string): string | undefined => {
    const key = state.fieldErrors[field];
    return key ? t(key, params) : undefined;
  };
}
