"use client";

import { writeHandoverNoteAction } from "@/lib/people/transfers/handover-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * The previous supervisor writes (and rewrites) the note until the move takes effect. Its three
 * labels come from the page, so every portal page need not carry the handover's messages.
 * THE example of a form (README, "Adding an action and a form"): the action imported from lib/,
 * useFormAction, useFormFeedback, the ErrorSummary at the top, each field's error beside it.
 */
export function HandoverNoteForm({
  transferId,
  version,
  note,
  labels,
}: {
  transferId: number;
  version: number;
  note: string;
  labels: { label: string; hint: string; save: string };
}) {
  const { state, pending, formProps } = useFormAction<FormState>(writeHandoverNoteAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "handover-", hidden: ["transferId", "version"] });
  const typed = state.values?.note;
  return (
    // A new version after each save: the form re-mounts with it, so the next save is guarded by it.
    <form {...formProps} key={version} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="transferId" value={transferId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <TextArea
        id="handover-note"
        name="note"
        label={labels.label}
        hint={labels.hint}
        rows={6}
        defaultValue={typeof typed === "string" ? typed : note}
        error={feedback.error("note")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {labels.save}
        </Button>
      </div>
    </form>
  );
}
