"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";
import { PLAN_FORM_ACTIONS } from "./plan-form-actions";

/** Drops a commitment of any level with a reason; the page names the level's action. */
export function DropCommitmentForm({
  action,
  hidden,
  version,
}: {
  action: "dropOwnCommitment" | "dropCommitment";
  hidden: Record<string, string | number>;
  version: number;
}) {
  const t = useTranslations("commitments");
  const { state, pending, formProps } = useFormAction(PLAN_FORM_ACTIONS[action], INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: [...Object.keys(hidden), "version"] });
  return (
    <form {...formProps} className="flex max-w-3xl flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="version" value={version} />
      <TextArea id="reason" name="reason" label={t("dropReason")} rows={2} maxLength={1000} error={feedback.error("reason")} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("drop")}
        </Button>
      </div>
    </form>
  );
}
