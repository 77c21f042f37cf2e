"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { commentOnRatingAction } from "@/lib/year-end/year-end-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** The supervisor's comment on how one commitment ended. */
export function RatingCommentForm({ commitmentId, version, comment }: { commitmentId: number; version: number; comment: string }) {
  const t = useTranslations("yearEnd");
  const { state, pending, formProps } = useFormAction<FormState>(commentOnRatingAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { sections: ["yearEnd"], idPrefix: `comment-${commitmentId}-`, hidden: ["commitmentId", "version"] });
  const typed = state.values?.comment;
  return (
    <form {...formProps} key={version} className="flex flex-col gap-3">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="commitmentId" value={commitmentId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <TextArea
        id={`comment-${commitmentId}-comment`}
        name="comment"
        rows={3}
        label={t("supervisorComment")}
        requiredLabel={t("required")}
        defaultValue={typeof typed === "string" ? typed : comment}
        error={feedback.error("comment")}
      />
      <div>
        <Button type="submit" size="sm" disabled={pending} aria-busy={pending}>
          {t("saveComment")}
        </Button>
      </div>
    </form>
  );
}
