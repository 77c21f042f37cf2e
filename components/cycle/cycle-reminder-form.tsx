"use client";

import { useTranslations } from "next-intl";
import { sendCycleRemindersAction } from "@/lib/year/cycle/cycle-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/form-controls";
import type { CycleStep } from "@/lib/generated/prisma/enums";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * 督促 in one action: to everyone in the sender's scope who has not done the chosen step. The
 * HR division may narrow it to one bureau; a coordinator of several bureaus likewise. The answer
 * says how many were reminded (0 when all of them already were today).
 */
export function CycleReminderForm({ steps, bureaus, cityWide }: { steps: CycleStep[]; bureaus: { id: number; name: string }[]; cityWide: boolean }) {
  const t = useTranslations("cycle");
  const { state, pending, formProps } = useFormAction<FormState & { sent?: number }>(sendCycleRemindersAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "remind-" });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <Select
        id="remind-step"
        name="step"
        label={t("step")}
        requiredLabel={t("required")}
        options={steps.map((step) => ({ value: step, label: t(`steps.${step}`) }))}
        error={feedback.error("step")}
      />
      {bureaus.length > 1 || cityWide ? (
        <Select
          id="remind-bureauId"
          name="bureauId"
          label={t("remindScope")}
          options={bureaus.map((b) => ({ value: String(b.id), label: b.name }))}
          placeholder={cityWide ? t("wholeCity") : t("allMyBureaus")}
          error={feedback.error("bureauId")}
        />
      ) : null}
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("sendReminders")}
        </Button>
      </div>
    </form>
  );
}
