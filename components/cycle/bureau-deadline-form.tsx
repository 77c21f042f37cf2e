"use client";

import { useTranslations } from "next-intl";
import { setBureauDeadlineAction } from "@/lib/year/cycle/cycle-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form-controls";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** A bureau's own end date for one step (empty: the city's date applies again). */
export function BureauDeadlineForm({ fiscalYear, version, bureaus }: { fiscalYear: number; version: number; bureaus: { id: number; name: string }[] }) {
  const t = useTranslations("cycle");
  const { state, pending, formProps } = useFormAction<FormState>(setBureauDeadlineAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, {
    idPrefix: "deadline-",
    hidden: ["version", "fiscalYear"],
  });
  const value = (name: string) => {
    const typed = state.values?.[name];
    return typeof typed === "string" ? typed : undefined;
  };
  return (
    <form {...formProps} key={version} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="fiscalYear" value={fiscalYear} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Select
        id="deadline-bureauId"
        name="bureauId"
        label={t("bureau")}
        requiredLabel={t("required")}
        options={bureaus.map((b) => ({ value: String(b.id), label: b.name }))}
        defaultValue={value("bureauId")}
        error={feedback.error("bureauId")}
      />
      <Select
        id="deadline-step"
        name="step"
        label={t("step")}
        requiredLabel={t("required")}
        options={(["PLAN", "MID_YEAR", "REFLECTION"] as const).map((step) => ({ value: step, label: t(`steps.${step}`) }))}
        defaultValue={value("step")}
        error={feedback.error("step")}
      />
      <Input
        id="deadline-endsOn"
        name="endsOn"
        type="date"
        className="max-w-52"
        label={t("bureauEndsOn")}
        hint={t("bureauEndsOnHint")}
        defaultValue={value("endsOn")}
        error={feedback.error("endsOn")}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
          {t("saveBureauDeadline")}
        </Button>
      </div>
    </form>
  );
}
