"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { RecordFormState } from "@/lib/records/record-actions";

/** The form-level answer: a conflict or a vanished record, or a summary of field errors. */
export function FormStatus({ state, message }: { state: RecordFormState; message: (key: string | undefined) => string | undefined }) {
  const t = useTranslations("validation");
  if (state.formError) return <Notice tone="error" title={message(state.formError)} />;
  if (Object.keys(state.fieldErrors).length > 0) return <Notice tone="error" title={t("summary")} />;
  return null;
}
