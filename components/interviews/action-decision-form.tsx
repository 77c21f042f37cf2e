"use client";

import { useTranslations } from "next-intl";
import { decideInterviewActionAction } from "@/lib/year/interviews/interview-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * The employee's answer to one proposed action: accept it into their plan, or decline it. It
 * stays in place once the action is answered (`proposed` false), to confirm the answer where it
 * was given; the buttons go.
 */
export function ActionDecisionForm({
  actionId,
  interviewId,
  title,
  proposed,
  fiscalYearLabel,
}: {
  actionId: number;
  interviewId: number;
  title: string;
  proposed: boolean;
  fiscalYearLabel: string;
}) {
  const t = useTranslations("interviews.decide");
  const { state, pending, formProps } = useFormAction(decideInterviewActionAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state);
  const hintId = `decide-${actionId}-hint`;
  if (!proposed) {
    return state.ok ? (
      <div className="mt-3">
        <ErrorSummary feedback={feedback} />
      </div>
    ) : null;
  }
  return (
    <form {...formProps} aria-describedby={hintId} className="mt-3 flex flex-col gap-3">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <p id={hintId} className="meta">
        {t("hint", { fiscalYear: fiscalYearLabel })}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="accept" size="sm" disabled={pending}>
          {t("accept")}
          <span className="sr-only">{t("target", { title })}</span>
        </Button>
        <Button type="submit" name="decision" value="decline" variant="secondary" size="sm" disabled={pending}>
          {t("decline")}
          <span className="sr-only">{t("target", { title })}</span>
        </Button>
      </div>
    </form>
  );
}
