"use client";

import { submitPlanAction, withdrawPlanAction } from "@/app/(portal)/me/plans/actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** Submit or withdraw the plan; a refusal (nothing to submit, someone saved first) shows here. */
export function PlanStateButton({ kind, label, planId, fiscalYear, version }: { kind: "submit" | "withdraw"; label: string; planId: number; fiscalYear: number; version: number }) {
  const { state, pending, formProps } = useFormAction(kind === "submit" ? submitPlanAction : withdrawPlanAction, INITIAL_FORM_STATE);
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="fiscalYear" value={fiscalYear} />
      <input type="hidden" name="version" value={version} />
      {state.ok ? null : <FormFeedback state={state} pending={pending} />}
      <div>
        <Button type="submit" variant={kind === "submit" ? "primary" : "secondary"} disabled={pending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
