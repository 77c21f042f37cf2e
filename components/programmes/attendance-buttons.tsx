"use client";

import { useTranslations } from "next-intl";
import { setAttendanceAction } from "@/lib/records/programmes/programme-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

const CHOICES = ["ATTENDED", "COMPLETED", "ABSENT", "ENROLLED"] as const;

/** 出席 / 修了 / 欠席 / 未確定 for one enrolment; the clicked button's value is the new status. The answer shows at its top. */
export function AttendanceButtons({
  sessionId,
  version,
  enrolmentId,
  status,
  staffName,
}: {
  sessionId: number;
  version: number;
  enrolmentId: number;
  status: string;
  staffName: string;
}) {
  const t = useTranslations("programmes");
  const { state, pending, formProps } = useFormAction(setAttendanceAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <div className="basis-full">
        <ErrorSummary feedback={feedback} pending={pending} />
      </div>
      <input type="hidden" name="sessionId" value={sessionId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <input type="hidden" name="enrolmentId" value={enrolmentId} readOnly />
      {CHOICES.filter((choice) => choice !== status).map((choice) => (
        <Button
          key={choice}
          type="submit"
          name="status"
          value={choice}
          variant="secondary"
          size="sm"
          disabled={pending}
          aria-label={t("attendance.setFor", { name: staffName, status: t(`statuses.${choice}`) })}
        >
          {t(`attendance.set.${choice}`)}
        </Button>
      ))}
    </form>
  );
}
