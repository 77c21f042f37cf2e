"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/validation/form-state";

// Errors about the form as a whole rather than one visible field: they become the summary.
const WHOLE_FORM_FIELDS = ["_form", "traineeId", "goals", "fiscalYear"] as const;

/**
 * The answer of an OJT form: the reason when the whole form was refused (someone saved first,
 * the plan exists already), a summary when fields have errors, or a quiet confirmation.
 */
export function OjtFormStatus({ state, pending, message, savedLabel }: { state: FormState; pending: boolean; message: (key: string | undefined) => string | undefined; savedLabel?: string }) {
  const t = useTranslations("validation");
  if (pending) return null;
  if (state.formError) return <Notice tone="error" title={message(state.formError)} />;
  if (Object.keys(state.fieldErrors).length > 0) {
    const whole = WHOLE_FORM_FIELDS.map((field) => state.fieldErrors[field]).find(Boolean);
    return <Notice tone="error" title={whole ? message(whole) : t("summary")} />;
  }
  if (state.ok) {
    return (
      <p role="status" className="text-std-16B-170 text-green-1000">
        {savedLabel ?? t("saved")}
      </p>
    );
  }
  return null;
}
