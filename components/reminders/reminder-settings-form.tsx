"use client";

import { useTranslations } from "next-intl";
import { saveReminderSettingsAction } from "@/lib/insight/settings/reminder-settings-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import type { ReminderSettings } from "@/lib/insight/settings/reminder-settings";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** When a waiting plan counts as overdue, and when the day's digests are written. */
export function ReminderSettingsForm({ settings, version }: { settings: ReminderSettings; version: number }) {
  const t = useTranslations("reminderSettings");
  const { state, pending, formProps } = useFormAction<FormState>(saveReminderSettingsAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["version"] });
  const errorOf = feedback.error;
  const value = (name: keyof ReminderSettings) => {
    const typed = state.values?.[name];
    return typeof typed === "string" ? typed : String(settings[name]);
  };
  return (
    // Re-mounted with each new version, so the next save is guarded by the one just saved.
    <form {...formProps} key={version} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="version" value={version} readOnly />
      <Input
        id="reviewOverdueDays"
        name="reviewOverdueDays"
        type="number"
        min={1}
        max={60}
        inputMode="numeric"
        className="max-w-32"
        label={t("reviewOverdueDays")}
        requiredLabel={t("required")}
        hint={t("reviewOverdueHint")}
        defaultValue={value("reviewOverdueDays")}
        error={errorOf("reviewOverdueDays")}
      />
      <Input
        id="digestTime"
        name="digestTime"
        type="time"
        className="max-w-40"
        label={t("digestTime")}
        requiredLabel={t("required")}
        hint={t("digestTimeHint")}
        defaultValue={value("digestTime")}
        error={errorOf("digestTime")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
