"use client";

import { useTranslations } from "next-intl";
import { openNextFiscalYearAction, type RolloverFormState } from "@/lib/year/rollover/rollover-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { BusyStatus } from "@/components/ui/busy-status";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import type { CarryLevel } from "@/lib/year/rollover/rollover-rules";

const INITIAL: RolloverFormState = { ok: false, fieldErrors: {} };
const FIELDS: { level: CarryLevel; name: string }[] = [
  { level: "INDIVIDUAL", name: "individual" },
  { level: "TEAM", name: "team" },
  { level: "BUREAU", name: "bureau" },
  { level: "CITY", name: "city" },
];

/** The four levels to carry, a required confirmation, and the counts once it has run. */
export function RolloverForm({
  fromYear,
  fromLabel,
  toLabel,
  carryable,
}: {
  fromYear: number;
  fromLabel: string;
  toLabel: string;
  carryable: Record<CarryLevel, number>;
}) {
  const t = useTranslations("rollover");
  const { state, pending, formProps } = useFormAction(openNextFiscalYearAction, INITIAL);
  // Only the confirmation can be missing; a conflict has this page's own wording.
  const feedback = useFormFeedback(state, {
    messages: { required: t("confirmRequired"), conflict: t("conflict") },
    hidden: ["fromYear", ...FIELDS.map(({ name }) => name)],
  });
  const confirmError = feedback.error("confirm");
  const result = state.result;
  if (result && !pending) {
    // Announced: the form the person was using has just been replaced by this outcome.
    return (
      <div role="status">
        <Notice tone="info" title={t("done", { from: fromLabel, to: toLabel })}>
          <p>
            {t("resultCarried", {
              individual: result.carried.INDIVIDUAL,
              team: result.carried.TEAM,
              bureauLevel: result.carried.BUREAU,
              cityLevel: result.carried.CITY,
              plans: result.plansCreated,
            })}
          </p>
        </Notice>
      </div>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="fromYear" value={fromYear} />
      <p>{t("carryLead", { from: fromLabel })}</p>
      <fieldset className="flex flex-col gap-1">
        {FIELDS.map(({ level, name }) => (
          <Checkbox key={level} id={`carry-${name}`} name={name} defaultChecked label={t(`level${level}`, { count: carryable[level] })} />
        ))}
      </fieldset>
      <p>{t("confirmHint", { from: fromLabel })}</p>
      <Checkbox
        id="confirm"
        name="confirm"
        required
        aria-invalid={confirmError ? true : undefined}
        aria-describedby={confirmError ? "confirm-error" : undefined}
        label={t("confirm")}
      />
      <p id="confirm-error" className="field-error" aria-live="polite">
        {confirmError && !pending ? `＊${confirmError}` : null}
      </p>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("running") : t("run")}
        </Button>
      </div>
      <BusyStatus message={pending ? t("runningStatus") : null} />
    </form>
  );
}
