"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/validation/form-state";

/**
 * The form's overall answer: a summary when fields have errors, the reason when the whole
 * form was refused (someone saved first, not allowed now), or a quiet confirmation.
 */
export function FormFeedback({ state, pending }: { state: FormState; pending: boolean }) {
  const t = useTranslations("validation");
  if (pending) return null;
  if (state.formError) return <Notice tone="error" title={t(state.formError)} />;
  if (Object.keys(state.fieldErrors).length > 0) {
    const general = state.fieldErrors._form ?? state.fieldErrors.commitments ?? state.fieldErrors.visionNow;
    return <Notice tone="error" title={general ? t(general) : t("summary")} />;
  }
  if (state.ok) {
    return (
      <p role="status" className="text-std-16B-170 text-green-1000">
        {t("saved")}
      </p>
    );
  }
  return null;
}
