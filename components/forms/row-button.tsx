"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * A table row's one-button form (end a 代決, delete a rule): what it acts on and the version the
 * person saw travel as hidden fields, the button is named for its row for screen readers, and a
 * refusal shows beside it, where the eye is. The table passes the action and the words.
 */
export function RowButton({
  action,
  hidden,
  label,
  rowLabel,
  refused,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  label: string;
  rowLabel: string;
  /** what a refusal says: `conflict` when someone changed the row first, `other` for the rest */
  refused: { conflict?: string; other: string };
}) {
  const { state, pending, formProps } = useFormAction(action, INITIAL_FORM_STATE);
  return (
    <form {...formProps} className="flex flex-col gap-1">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} readOnly />
      ))}
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending} aria-label={rowLabel}>
        {label}
      </Button>
      {state.formError && !pending ? (
        <p role="alert" className="text-std-16N-170 text-error-1">
          {state.formError === "conflict" && refused.conflict ? refused.conflict : refused.other}
        </p>
      ) : null}
    </form>
  );
}
