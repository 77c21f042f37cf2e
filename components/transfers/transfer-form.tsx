"use client";

import { useTranslations } from "next-intl";
import { scheduleTransferAction } from "@/lib/people/transfers/transfer-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** HR enters one transfer: who (staff number), where to (unit code), the new supervisor, from when. */
export function TransferForm() {
  const t = useTranslations("transfers");
  const { state, pending, formProps } = useFormAction<FormState>(scheduleTransferAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "transfer-" });
  const errorOf = feedback.error;
  const value = (name: string) => {
    const v = state.values?.[name];
    return typeof v === "string" ? v : undefined;
  };
  return (
    // Re-mounted after a success so the next transfer starts from an empty form.
    <form {...formProps} key={state.ok ? "done" : "editing"} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <Input
        id="transfer-staffNumber"
        name="staffNumber"
        label={t("staffNumber")}
        requiredLabel={t("required")}
        defaultValue={value("staffNumber")}
        error={errorOf("staffNumber")}
        autoComplete="off"
      />
      <Input
        id="transfer-unitCode"
        name="unitCode"
        label={t("unitCode")}
        requiredLabel={t("required")}
        defaultValue={value("unitCode")}
        error={errorOf("unitCode")}
        autoComplete="off"
      />
      <Input
        id="transfer-supervisorStaffNumber"
        name="supervisorStaffNumber"
        label={t("supervisorStaffNumber")}
        hint={t("supervisorHint")}
        defaultValue={value("supervisorStaffNumber")}
        error={errorOf("supervisorStaffNumber")}
        autoComplete="off"
      />
      <Input
        id="transfer-effectiveOn"
        name="effectiveOn"
        type="date"
        label={t("effectiveOn")}
        requiredLabel={t("required")}
        defaultValue={value("effectiveOn")}
        error={errorOf("effectiveOn")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
