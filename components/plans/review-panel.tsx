"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/validation/form-state";
import { PLAN_FORM_ACTIONS } from "./plan-form-actions";

/**
 * Approve or return something submitted (a plan, a commitment) with a comment, or leave a
 * comment at any time. The page names the action and passes the hidden fields naming what is reviewed;
 * `onlyCommentNote` says why only a comment is possible now.
 */
export function ReviewPanel({
  action,
  hidden,
  version,
  awaitingReview,
  onlyCommentNote,
}: {
  action: "reviewPlan" | "reviewCommitment";
  hidden: Record<string, string | number>;
  version: number;
  awaitingReview: boolean;
  onlyCommentNote?: string;
}) {
  const t = useTranslations("review");
  const { state, pending, formProps } = useFormAction(PLAN_FORM_ACTIONS[action], INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: [...Object.keys(hidden), "version"] });
  const error = feedback.error;
  return (
    <form key={version} {...formProps} className="flex max-w-3xl flex-col gap-4 rounded-8 border-2 border-blue-900 p-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="version" value={version} />
      {awaitingReview ? null : <p>{onlyCommentNote ?? t("onlyComment")}</p>}
      <TextArea id="comment" name="comment" label={t("comment")} hint={awaitingReview ? t("commentHint") : undefined} rows={4} error={error("comment")} maxLength={2000} />
      <div className="flex flex-wrap gap-4">
        {awaitingReview ? (
          <>
            <Button type="submit" name="decision" value="approve" disabled={pending}>
              {t("approve")}
            </Button>
            <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>
              {t("return")}
            </Button>
          </>
        ) : null}
        <Button type="submit" name="decision" value="comment" variant="tertiary" disabled={pending}>
          {t("addComment")}
        </Button>
      </div>
    </form>
  );
}
