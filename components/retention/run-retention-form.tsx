"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { runRetentionAction } from "@/lib/records/retention/retention-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** Runs the retention now instead of at the background jobs' next day; the page then shows its counts. */
export function RunRetentionForm() {
  const t = useTranslations("retention");
  const { state, pending, formProps } = useFormAction<FormState>(runRetentionAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state);
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <ErrorSummary feedback={feedback} pending={pending} />
      <p className="max-w-3xl text-std-16N-170 text-solid-gray-800">{t("runHint")}</p>
      <div>
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
          {pending ? t("running") : t("run")}
        </Button>
      </div>
    </form>
  );
}
