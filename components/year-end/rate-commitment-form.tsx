"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/form-controls";
import type { AchievementLevel } from "@/lib/year-end/achievement-scale";
import { rateCommitmentAction } from "@/lib/year-end/year-end-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** The employee's 達成度 for one commitment, on the HR division's scale. */
export function RateCommitmentForm({ commitmentId, version, rating, scale }: { commitmentId: number; version: number; rating: string | null; scale: readonly AchievementLevel[] }) {
  const t = useTranslations("yearEnd");
  const { state, pending, formProps } = useFormAction<FormState>(rateCommitmentAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { sections: ["yearEnd"], idPrefix: `rate-${commitmentId}-`, hidden: ["commitmentId", "version"] });
  const typed = state.values?.rating;
  return (
    <form {...formProps} key={version} className="flex flex-col gap-3">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="commitmentId" value={commitmentId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Select
        id={`rate-${commitmentId}-rating`}
        name="rating"
        label={t("rating")}
        requiredLabel={t("required")}
        placeholder={t("choose")}
        options={scale.map((level) => ({ value: level.code, label: `${level.code}：${level.label}` }))}
        defaultValue={typeof typed === "string" ? typed : (rating ?? "")}
        error={feedback.error("rating")}
      />
      <div>
        <Button type="submit" size="sm" disabled={pending} aria-busy={pending}>
          {rating ? t("changeRating") : t("rate")}
        </Button>
      </div>
    </form>
  );
}
