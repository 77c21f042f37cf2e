"use client";

import { useTranslations } from "next-intl";
import { reviewPlanAction } from "@/app/(portal)/plans/[planId]/actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFieldErrors } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** Approve or return a submitted plan with a comment, or leave a comment at any time. */
export function ReviewPanel({ planId, version, awaitingReview }: { planId: number; version: number; awaitingReview: boolean }) {
  const t = useTranslations("review");
  const { state, pending, formProps } = useFormAction(reviewPlanAction, INITIAL_FORM_STATE);
  const error = useFieldErrors(state);
  return (
    <form key={version} {...formProps} className="flex max-w-3xl flex-col gap-4 rounded-8 border-2 border-blue-900 p-6">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      {awaitingReview ? null : <p>{t("onlyComment")}</p>}
      <TextArea id="comment" name="comment" label={t("comment")} hint={awaitingReview ? t("commentHint") : undefined} rows={4} error={error("comment")} maxLength={2000} />
      <FormFeedback state={state} pending={pending} />
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
