"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button, buttonClass } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import type { ReviewAnswer } from "@/lib/year/plans/review-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";
import { PLAN_FORM_ACTIONS } from "./plan-form-actions";

/**
 * After a decision on a plan: what happened and who was told (「差し戻しました。佐久間さんに
 * 通知しました。」), focused so it is read first, with the next plan of the queue one click on.
 */
function ReviewDone({ answer }: { answer: ReviewAnswer }) {
  const t = useTranslations("review");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [answer]);
  return (
    <div ref={box} tabIndex={-1} className="flex flex-col gap-3 rounded-8 border-l-8 border-green-900 bg-green-50 px-4 py-3">
      <p className="text-std-16B-170">{t(`done.${answer.decision}`, { name: answer.ownerName })}</p>
      {answer.decision === "comment" ? null : answer.nextPlanId === null ? (
        <p>
          {t("queueDone")} <Link href="/team">{t("backToTeam")}</Link>
        </p>
      ) : (
        <p>
          <Link href={`/plans/${answer.nextPlanId}`} className={`${buttonClass("primary")} no-underline`}>
            {t("nextPlan")}
          </Link>
        </p>
      )}
    </div>
  );
}

type ReviewState = FormState & { review?: ReviewAnswer };

/**
 * Approve or return something submitted (a plan, the changes of an approved plan, a commitment)
 * with a comment, or leave a comment at any time. The page names the action and passes the
 * hidden fields naming what is reviewed; `onlyCommentNote` says why only a comment is possible now.
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
  // A plan's review answers who was told and what is next; a commitment's answers the form state alone.
  const run: (previous: ReviewState, formData: FormData) => Promise<ReviewState> = PLAN_FORM_ACTIONS[action];
  const { state, pending, formProps } = useFormAction<ReviewState>(run, INITIAL_FORM_STATE);
  const answer = state.review ?? null;
  const feedback = useFormFeedback(state, { hidden: [...Object.keys(hidden), "version"] });
  const error = feedback.error;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      {answer && !pending ? <ReviewDone answer={answer} /> : null}
      <form key={version} {...formProps} className="flex flex-col gap-4 rounded-8 border-2 border-blue-900 p-6">
        {answer ? null : <ErrorSummary feedback={feedback} pending={pending} />}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="version" value={version} />
        {awaitingReview ? null : <p>{onlyCommentNote ?? t("onlyComment")}</p>}
        <TextArea
          id="comment"
          name="comment"
          label={t("comment")}
          hint={awaitingReview ? t("commentHint") : undefined}
          rows={4}
          error={error("comment")}
          maxLength={2000}
        />
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
    </div>
  );
}
