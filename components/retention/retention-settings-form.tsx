"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import { saveRetentionSettingsAction } from "@/lib/records/retention/retention-actions";
import { MAX_RETENTION_YEARS, MIN_AUDIT_TRAIL_YEARS, RETENTION_KINDS, type RetentionSettings } from "@/lib/records/retention/retention-settings";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** How many years each kind of personal record is kept; empty keeps it until a period is set. */
export function RetentionSettingsForm({ settings, version }: { settings: RetentionSettings; version: number }) {
  const t = useTranslations("retention");
  const { state, pending, formProps } = useFormAction<FormState>(saveRetentionSettingsAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["version"] });
  const value = (kind: keyof RetentionSettings) => {
    const typed = state.values?.[kind];
    return typeof typed === "string" ? typed : (settings[kind]?.toString() ?? "");
  };
  return (
    // Re-mounted with each new version, so the next save is guarded by the one just saved.
    <form {...formProps} key={version} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="version" value={version} readOnly />
      {RETENTION_KINDS.map((kind) => (
        <Input
          key={kind}
          id={kind}
          name={kind}
          type="number"
          min={kind === "auditTrail" ? MIN_AUDIT_TRAIL_YEARS : 1}
          max={MAX_RETENTION_YEARS}
          inputMode="numeric"
          className="max-w-32"
          label={t(`kinds.${kind}`)}
          hint={t(`hints.${kind}`)}
          defaultValue={value(kind)}
          error={feedback.error(kind)}
        />
      ))}
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
