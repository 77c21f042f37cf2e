"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/form-controls";
import { reviewApplicationAction } from "@/lib/records/training-applications/application-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** 推薦 with an order, or not with a reason: one application of the supervisor's queue. */
export function ReviewForm({ applicationId, version, nextOrder, label }: { applicationId: number; version: number; nextOrder: number; label: string }) {
  const t = useTranslations("trainingApplications");
  const { state, pending, formProps } = useFormAction<FormState>(reviewApplicationAction, INITIAL_FORM_STATE);
  const prefix = `review-${applicationId}-`;
  const feedback = useFormFeedback(state, { idPrefix: prefix, hidden: ["applicationId", "version"] });
  const typed = (name: string, fallback: string) => {
    const value = state.values?.[name];
    return typeof value === "string" ? value : fallback;
  };
  const decisionError = feedback.error("decision");
  return (
    <form {...formProps} key={version} aria-label={label} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="applicationId" value={applicationId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      {/* One queue shows several of these forms: the radios' ids carry the application's. */}
      <fieldset aria-describedby={decisionError ? `${prefix}decision-error` : undefined} className="field">
        <legend className="field-label mb-2">{t("review.decision")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(["RECOMMEND", "REFUSE"] as const).map((value, index) => (
            <label key={value} className="choice">
              <input
                id={index === 0 ? `${prefix}decision` : undefined}
                type="radio"
                name="decision"
                value={value}
                defaultChecked={typed("decision", "RECOMMEND") === value}
              />
              {t(value === "RECOMMEND" ? "review.recommend" : "review.refuse")}
            </label>
          ))}
        </div>
        <p id={`${prefix}decision-error`} className="field-error" aria-live="polite">
          {decisionError ? `＊${decisionError}` : null}
        </p>
      </fieldset>
      <Input
        id={`${prefix}order`}
        name="order"
        type="number"
        inputMode="numeric"
        min={1}
        max={999}
        label={t("review.order")}
        hint={t("review.orderHint", { next: nextOrder })}
        defaultValue={typed("order", String(nextOrder))}
        error={feedback.error("order")}
        className="max-w-32"
      />
      <TextArea
        id={`${prefix}comment`}
        name="comment"
        label={t("review.comment")}
        hint={t("review.commentHint")}
        rows={3}
        defaultValue={typed("comment", "")}
        error={feedback.error("comment")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("review.submit")}
        </Button>
      </div>
    </form>
  );
}
