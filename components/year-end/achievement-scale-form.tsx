"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { type AchievementLevel, MAX_LEVELS, MIN_LEVELS, scaleAsText } from "@/lib/year/year-end/achievement-scale";
import { saveAchievementScaleAction } from "@/lib/year/year-end/year-end-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** The 達成度 scale, one "code label" line per level, best first. */
export function AchievementScaleForm({ levels, version }: { levels: readonly AchievementLevel[]; version: number }) {
  const t = useTranslations("yearEnd");
  const { state, pending, formProps } = useFormAction<FormState>(saveAchievementScaleAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["version"] });
  const typed = state.values?.levels;
  return (
    <form {...formProps} key={version} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="version" value={version} readOnly />
      <TextArea
        id="levels"
        name="levels"
        rows={MAX_LEVELS}
        label={t("scale")}
        requiredLabel={t("required")}
        hint={t("scaleHint", { min: MIN_LEVELS, max: MAX_LEVELS })}
        defaultValue={typeof typed === "string" ? typed : scaleAsText(levels)}
        error={feedback.error("levels")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("saveScale")}
        </Button>
      </div>
    </form>
  );
}
