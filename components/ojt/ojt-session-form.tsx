"use client";

import { useTranslations } from "next-intl";
import { logOjtSessionAction } from "@/lib/year/ojt/ojt-plan-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/form-controls";
import { OJT_LIMITS, OJT_MINUTES } from "@/lib/year/ojt/schemas";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * The trainer or the trainee logs a session. The date picker is held to the plan's year and
 * today; the server checks both again. `sessionCount` keys the fields, so they clear after a
 * session is recorded while the confirmation stays.
 */
export function OjtSessionForm({
  ojtPlanId,
  sessionCount,
  period,
}: {
  ojtPlanId: number;
  sessionCount: number;
  period: { min: string; max: string; label: string; today: string };
}) {
  const t = useTranslations("ojt.session");
  const tf = useTranslations("ojt.form");
  const { state, pending, formProps } = useFormAction(logOjtSessionAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state);
  const error = feedback.error;
  return (
    <form {...formProps} className="flex max-w-3xl flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="ojtPlanId" value={ojtPlanId} />
      <div key={sessionCount} className="flex flex-col gap-6">
        <div className="flex flex-wrap gap-6">
          <Input
            id="heldOn"
            name="heldOn"
            type="date"
            label={t("heldOn")}
            requiredLabel={tf("required")}
            hint={t("heldOnHint", { period: period.label })}
            min={period.min}
            max={period.max < period.today ? period.max : period.today}
            defaultValue={period.today <= period.max && period.today >= period.min ? period.today : ""}
            error={error("heldOn")}
            className="max-w-60"
          />
          <Input
            id="minutes"
            name="minutes"
            type="number"
            inputMode="numeric"
            min={OJT_MINUTES.min}
            max={OJT_MINUTES.max}
            step={5}
            label={t("minutes")}
            requiredLabel={tf("required")}
            hint={t("minutesHint", { min: OJT_MINUTES.min, max: OJT_MINUTES.max })}
            error={error("minutes")}
            className="max-w-40"
          />
        </div>
        <Input
          id="topic"
          name="topic"
          label={t("topic")}
          requiredLabel={tf("required")}
          hint={t("topicHint")}
          maxLength={OJT_LIMITS.topic}
          error={error("topic")}
          className="max-w-3xl"
        />
        <TextArea id="learnt" name="learnt" label={t("learnt")} rows={3} maxLength={OJT_LIMITS.notes} error={error("learnt")} />
        <TextArea id="nextStep" name="nextStep" label={t("nextStep")} rows={2} maxLength={OJT_LIMITS.notes} error={error("nextStep")} />
      </div>
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? tf("saving") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
