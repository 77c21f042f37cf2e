"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";
import { PLAN_FORM_ACTIONS } from "./plan-form-actions";

/**
 * One button that moves a plan or a commitment on (submit, withdraw); a refusal (nothing to
 * submit, someone saved first) shows beside it. The page names the action and passes what it acts on.
 */
export function StateButton({
  action,
  hidden,
  version,
  label,
  variant = "primary",
}: {
  action:
    | "submitPlan"
    | "withdrawPlan"
    | "submitChanges"
    | "withdrawChanges"
    | "submitCommitment"
    | "withdrawCommitment"
    | "recordMetricSnapshot"
    | "submitProxyPlan"
    | "confirmProxyEntry";
  hidden: Record<string, string | number>;
  version: number;
  label: string;
  variant?: "primary" | "secondary";
}) {
  const { state, pending, formProps } = useFormAction(PLAN_FORM_ACTIONS[action], INITIAL_FORM_STATE);
  // A button alone: what it refuses (no vision yet, no commitment) is not a field here.
  const feedback = useFormFeedback(state, { hidden: [...Object.keys(hidden), "version", "visionNow", "commitments", "changes"] });
  return (
    <form {...formProps} className="flex flex-col gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="version" value={version} />
      {state.ok ? null : <ErrorSummary feedback={feedback} pending={pending} />}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
