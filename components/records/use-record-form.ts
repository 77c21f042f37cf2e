"use client";

import type { RecordFormState } from "@/lib/records/record-actions";
import { useFormAction } from "@/components/forms/use-form-action";

type RecordAction = (previous: RecordFormState, formData: FormData) => Promise<RecordFormState>;

/** The records forms' action hook: see useFormAction for why it does not reset the form. */
export function useRecordForm(action: RecordAction, initial: RecordFormState) {
  return useFormAction(action, initial);
}
