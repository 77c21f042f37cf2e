"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/validation/form-state";

/**
 * Field errors of the programme forms: the shared `validation` keys, plus the few only these
 * forms need (hours, capacity, venueOrOnline) from `programmes.validation`.
 */
export function useProgrammeErrors(state: FormState, params: Record<string, string | number> = {}) {
  const t = useTranslations("validation");
  const own = useTranslations("programmes.validation");
  return (field: string): string | undefined => {
    const key = state.fieldErrors[field];
    if (!key) return undefined;
    return own.has(key) ? own(key, params) : t(key, params);
  };
}
