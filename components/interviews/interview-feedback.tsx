"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/validation/form-state";

/** The form's overall answer: why it was refused as a whole, or a summary of field errors. */
export function InterviewFeedback({ state, pending, message }: { state: FormState; pending: boolean; message: (key: string | undefined) => string | undefined }) {
  const t = useTranslations("validation");
  if (pending) return null;
  if (state.formError) return <Notice tone="error" title={message(state.formError)} />;
  if (Object.keys(state.fieldErrors).length > 0) return <Notice tone="error" title={state.fieldErrors._form ? message(state.fieldErrors._form) : t("summary")} />;
  return null;
}
