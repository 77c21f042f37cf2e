"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { decideApplicationAction } from "@/lib/records/training-applications/application-actions";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** 受講決定 / 補欠 for one applicant; the clicked button's value is the decision. */
export function DecideButtons({ applicationId, version, name, canWaitlist }: { applicationId: number; version: number; name: string; canWaitlist: boolean }) {
  const t = useTranslations("trainingApplications");
  const { state, pending, formProps } = useFormAction(decideApplicationAction, INITIAL_FORM_STATE);
  const { formError, errors } = useFormFeedback(state);
  const message = formError ?? errors[0]?.message;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="applicationId" value={applicationId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Button type="submit" name="decision" value="SELECT" size="sm" disabled={pending} aria-label={t("hr.selectFor", { name })}>
        {t("hr.select")}
      </Button>
      {canWaitlist ? (
        <Button type="submit" name="decision" value="WAITLIST" variant="secondary" size="sm" disabled={pending} aria-label={t("hr.waitlistFor", { name })}>
          {t("hr.waitlist")}
        </Button>
      ) : null}
      {!pending && message ? (
        <span role="alert" className="text-error-1">
          {message}
        </span>
      ) : null}
    </form>
  );
}
