"use client";

import { useTranslations } from "next-intl";
import { saveReflectionAction } from "@/lib/year/plans/own-plan-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

export function ReflectionForm({ planId, fiscalYear, version, reflection }: { planId: number; fiscalYear: number; version: number; reflection: string }) {
  const t = useTranslations("plans");
  const { state, pending, formProps } = useFormAction(saveReflectionAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["planId", "fiscalYear", "version"] });
  const error = feedback.error;
  return (
    <form key={version} {...formProps} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="fiscalYear" value={fiscalYear} />
      <input type="hidden" name="version" value={version} />
      <TextArea
        id="reflection"
        name="reflection"
        label={t("reflectionLabel")}
        hint={t("reflectionHint")}
        rows={6}
        defaultValue={reflection}
        error={error("reflection")}
        maxLength={4000}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("saveReflection")}
        </Button>
      </div>
    </form>
  );
}
