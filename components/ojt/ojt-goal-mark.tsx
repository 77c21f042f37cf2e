"use client";

import { useTranslations } from "next-intl";
import { markOjtGoalAction } from "@/lib/year/ojt/ojt-plan-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * One goal's "achieved" switch for the trainer or the supervisor: a button whose label says
 * what pressing it does, and names the goal for screen readers. The plan's version travels
 * with it, so a mark over someone else's newer save is refused rather than lost. Its answer
 * shows at its top, as every form's does (ErrorSummary).
 */
export function OjtGoalMark({
  ojtPlanId,
  goalId,
  version,
  achieved,
  goal,
}: {
  ojtPlanId: number;
  goalId: number;
  version: number;
  achieved: boolean;
  goal: string;
}) {
  const t = useTranslations("ojt.plan");
  const { state, pending, formProps } = useFormAction(markOjtGoalAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state);
  return (
    <form {...formProps} className="flex flex-col items-start gap-1">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="ojtPlanId" value={ojtPlanId} />
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="achieved" value={achieved ? "false" : "true"} />
      <Button type="submit" variant={achieved ? "tertiary" : "secondary"} size="sm" disabled={pending} aria-disabled={pending}>
        {achieved ? t("markNotAchieved") : t("markAchieved")}
        <span className="sr-only">{t("markTarget", { goal })}</span>
      </Button>
    </form>
  );
}
