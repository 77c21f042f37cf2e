"use client";

import { useTranslations } from "next-intl";
import { saveCycleCalendarAction } from "@/lib/year/cycle/cycle-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

const FIELDS = [
  ["PLAN", "planStartsOn", "planEndsOn"],
  ["MID_YEAR", "midYearStartsOn", "midYearEndsOn"],
  ["REFLECTION", "reflectionStartsOn", "reflectionEndsOn"],
] as const;

export type CalendarValues = Partial<Record<(typeof FIELDS)[number][1 | 2], string>>;

/** The city's three windows of a fiscal year: 期首 plan, 中間 check, 期末 reflection (start and end each). */
export function CycleCalendarForm({ fiscalYear, version, values }: { fiscalYear: number; version: number; values: CalendarValues }) {
  const t = useTranslations("cycle");
  const { state, pending, formProps } = useFormAction<FormState>(saveCycleCalendarAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, {
    idPrefix: "calendar-",
    hidden: ["version", "fiscalYear"],
  });
  const value = (name: keyof CalendarValues) => {
    const typed = state.values?.[name];
    return typeof typed === "string" ? typed : (values[name] ?? "");
  };
  return (
    // Re-mounted with each new version, so the next save is guarded by the one just saved.
    <form {...formProps} key={version} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="fiscalYear" value={fiscalYear} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      {FIELDS.map(([step, start, end]) => (
        <fieldset key={step} className="flex flex-col gap-2 sm:flex-row sm:gap-6">
          <legend className="mb-2 text-std-16B-170">{t(`steps.${step}`)}</legend>
          <Input
            id={`calendar-${start}`}
            name={start}
            type="date"
            className="max-w-52"
            label={t("startsOn")}
            requiredLabel={t("required")}
            defaultValue={value(start)}
            error={feedback.error(start)}
          />
          <Input
            id={`calendar-${end}`}
            name={end}
            type="date"
            className="max-w-52"
            label={t("endsOn")}
            requiredLabel={t("required")}
            defaultValue={value(end)}
            error={feedback.error(end)}
          />
        </fieldset>
      ))}
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("saveCalendar")}
        </Button>
      </div>
    </form>
  );
}
