"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { selectInRecommendationOrderAction } from "@/lib/records/training-applications/application-actions";
import type { ActorActionState } from "@/lib/platform/actions/actor-action";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

type FillState = ActorActionState<{ selected: number; waitlisted: number }>;

/** Fills the session from the recommendations, in their order, up to the capacity. */
export function FillForm({ sessionId }: { sessionId: number }) {
  const t = useTranslations("trainingApplications");
  const { state, pending, formProps } = useFormAction<FillState>(selectInRecommendationOrderAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, {
    hidden: ["sessionId"],
    messages: { saved: t("hr.filled", { selected: state.selected ?? 0, waitlisted: state.waitlisted ?? 0 }) },
  });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="sessionId" value={sessionId} readOnly />
      <p>{t("hr.fillLead")}</p>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("hr.fill")}
        </Button>
      </div>
    </form>
  );
}
