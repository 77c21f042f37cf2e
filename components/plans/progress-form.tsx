"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";
import { PLAN_FORM_ACTIONS } from "./plan-form-actions";

/** Progress entered by hand on a commitment of any level; the page names the level's action. */
export function ProgressForm({
  action,
  hidden,
  version,
  today,
}: {
  action: "recordOwnProgress" | "recordCommitmentProgress";
  hidden: Record<string, string | number>;
  version: number;
  today: string;
}) {
  const t = useTranslations("commitments");
  const { state, pending, formProps } = useFormAction(PLAN_FORM_ACTIONS[action], INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: [...Object.keys(hidden), "version"] });
  const error = feedback.error;
  return (
    <form key={version} {...formProps} className="flex max-w-3xl flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="version" value={version} />
      <p>{t("progressLead")}</p>
      <Input
        id="recordedOn"
        name="recordedOn"
        type="date"
        label={t("recordedOn")}
        requiredLabel={t("required")}
        defaultValue={today}
        error={error("recordedOn")}
        className="max-w-60"
      />
      <TextArea id="note" name="note" label={t("note")} rows={3} error={error("note")} maxLength={4000} />
      <div className="flex flex-wrap gap-4">
        <Input id="percent" name="percent" type="number" min={0} max={100} step={1} label={t("percent")} error={error("percent")} className="max-w-40" />
        <Input id="actualValue" name="actualValue" inputMode="decimal" label={t("actualValue")} error={error("actualValue")} className="max-w-40" />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {t("saveProgress")}
        </Button>
      </div>
    </form>
  );
}
