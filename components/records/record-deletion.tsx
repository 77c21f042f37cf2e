"use client";

import { createContext, type ReactNode, useActionState, useContext } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { deleteQualificationAction, deleteTrainingAction, type RecordFormState } from "@/lib/records/record-actions";

const INITIAL: RecordFormState = { ok: false, fieldErrors: {} };
const ACTIONS = { training: deleteTrainingAction, qualification: deleteQualificationAction } as const;

export type RecordKind = keyof typeof ACTIONS;

interface Deletion {
  action: (formData: FormData) => void;
  pending: boolean;
}

const DeletionContext = createContext<Deletion | null>(null);

/**
 * The list's deletes, answered above the list: a deleted record's row (and its button) is gone
 * when the answer arrives, so the answer — the confirmation, or why it was refused — belongs to
 * the list, which stays. One delete at a time, as a person deletes.
 */
export function RecordDeletion({ kind, children }: { kind: RecordKind; children: ReactNode }) {
  const [state, action, pending] = useActionState(ACTIONS[kind], INITIAL);
  const feedback = useFormFeedback(state, {
    hidden: ["id", "version", "fy"],
  });
  return (
    <DeletionContext value={{ action, pending }}>
      {/* Space below only when there is something to say: the status region itself is always there. */}
      <div className="has-[p]:mb-4">
        <ErrorSummary feedback={feedback} pending={pending} />
      </div>
      {children}
    </DeletionContext>
  );
}

/** The delete of one row, answered by the RecordDeletion around the list. */
export function useRecordDeletion(): Deletion {
  const deletion = useContext(DeletionContext);
  if (!deletion) throw new Error("DeleteRecordButton is used inside a RecordDeletion");
  return deletion;
}
