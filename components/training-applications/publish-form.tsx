"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import { publishSessionAction } from "@/lib/records/training-applications/application-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** The last day staff may apply (empty: closed), saved against the session's version. */
export function PublishForm({ sessionId, version, applicationsUntil }: { sessionId: number; version: number; applicationsUntil: string | null }) {
  const t = useTranslations("trainingApplications");
  const { state, pending, formProps } = useFormAction<FormState>(publishSessionAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "publish-", hidden: ["sessionId", "version"] });
  const typed = state.values?.applicationsUntil;
  return (
    <form {...formProps} key={version} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="sessionId" value={sessionId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Input
        id="publish-applicationsUntil"
        name="applicationsUntil"
        type="date"
        label={t("hr.applicationsUntil")}
        defaultValue={typeof typed === "string" ? typed : (applicationsUntil ?? "")}
        error={feedback.error("applicationsUntil")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("hr.publish")}
        </Button>
      </div>
    </form>
  );
}
