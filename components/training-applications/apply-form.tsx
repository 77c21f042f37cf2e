"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { applyForSessionAction } from "@/lib/records/training-applications/application-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** The reason for applying; a success opens the applicant's list at the new application. */
export function ApplyForm({ sessionId }: { sessionId: number }) {
  const t = useTranslations("trainingApplications");
  const { state, pending, formProps } = useFormAction<FormState>(applyForSessionAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "apply-", hidden: ["sessionId"] });
  const typed = state.values?.reason;
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="sessionId" value={sessionId} readOnly />
      <TextArea
        id="apply-reason"
        name="reason"
        label={t("reason")}
        requiredLabel={t("required")}
        hint={t("reasonHint")}
        rows={5}
        defaultValue={typeof typed === "string" ? typed : ""}
        error={feedback.error("reason")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("submitApply")}
        </Button>
      </div>
    </form>
  );
}
