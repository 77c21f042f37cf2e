"use client";

import { useTranslations } from "next-intl";
import { nameActingReviewerAction } from "@/lib/people/acting-reviewers/acting-reviewer-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * Names an acting reviewer (代決) for dates: a supervisor for their own team, the HR division for
 * any supervisor (`forOthers`: the supervisor's staff number is asked for).
 */
export function ActingReviewerForm({ forOthers }: { forOthers: boolean }) {
  const t = useTranslations("cycle");
  const { state, pending, formProps } = useFormAction<FormState>(nameActingReviewerAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "acting-" });
  const value = (name: string) => {
    const typed = state.values?.[name];
    return typeof typed === "string" ? typed : undefined;
  };
  return (
    <form {...formProps} key={state.ok ? "done" : "editing"} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      {forOthers ? (
        <Input
          id="acting-supervisorStaffNumber"
          name="supervisorStaffNumber"
          label={t("supervisorStaffNumber")}
          hint={t("supervisorStaffNumberHint")}
          defaultValue={value("supervisorStaffNumber")}
          error={feedback.error("supervisorStaffNumber")}
          autoComplete="off"
        />
      ) : null}
      <Input
        id="acting-actingStaffNumber"
        name="actingStaffNumber"
        label={t("actingStaffNumber")}
        requiredLabel={t("required")}
        defaultValue={value("actingStaffNumber")}
        error={feedback.error("actingStaffNumber")}
        autoComplete="off"
      />
      <div className="flex flex-col gap-4 sm:flex-row sm:gap-6">
        <Input
          id="acting-startsOn"
          name="startsOn"
          type="date"
          className="max-w-52"
          label={t("startsOn")}
          requiredLabel={t("required")}
          defaultValue={value("startsOn")}
          error={feedback.error("startsOn")}
        />
        <Input
          id="acting-endsOn"
          name="endsOn"
          type="date"
          className="max-w-52"
          label={t("endsOn")}
          requiredLabel={t("required")}
          defaultValue={value("endsOn")}
          error={feedback.error("endsOn")}
        />
      </div>
      <Input id="acting-reason" name="reason" label={t("reason")} hint={t("reasonHint")} defaultValue={value("reason")} error={feedback.error("reason")} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("nameActing")}
        </Button>
      </div>
    </form>
  );
}
