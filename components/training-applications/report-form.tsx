"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { RadioGroup, TextArea } from "@/components/ui/form-controls";
import { submitTrainingReportAction } from "@/lib/records/training-applications/application-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

const SCALE = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }));

export interface ReportAnswers {
  report: string;
  satisfaction: number;
  usefulness: number;
  appliedAtWork: string;
}

/** The 受講報告 and the 研修アンケート of one attendance, first written or corrected. */
export function ReportForm({ enrolmentId, version, answers }: { enrolmentId: number; version: number; answers: ReportAnswers | null }) {
  const t = useTranslations("trainingApplications");
  const { state, pending, formProps } = useFormAction<FormState>(submitTrainingReportAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["enrolmentId", "version"] });
  const typed = (name: keyof ReportAnswers) => {
    const value = state.values?.[name];
    return typeof value === "string" ? value : answers ? String(answers[name]) : "";
  };
  return (
    <form {...formProps} key={version} className="flex flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="enrolmentId" value={enrolmentId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <TextArea
        id="report"
        name="report"
        label={t("report.report")}
        requiredLabel={t("required")}
        hint={t("report.reportHint")}
        rows={6}
        defaultValue={typed("report")}
        error={feedback.error("report")}
      />
      <RadioGroup
        name="satisfaction"
        legend={`${t("report.satisfaction")}（${t("report.scale")}）`}
        options={SCALE}
        defaultValue={typed("satisfaction")}
        error={feedback.error("satisfaction")}
      />
      <RadioGroup
        name="usefulness"
        legend={`${t("report.usefulness")}（${t("report.scale")}）`}
        options={SCALE}
        defaultValue={typed("usefulness")}
        error={feedback.error("usefulness")}
      />
      <TextArea
        id="appliedAtWork"
        name="appliedAtWork"
        label={t("report.appliedAtWork")}
        hint={t("report.appliedAtWorkHint")}
        rows={4}
        defaultValue={typed("appliedAtWork")}
        error={feedback.error("appliedAtWork")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {answers ? t("report.update") : t("report.submit")}
        </Button>
      </div>
    </form>
  );
}
