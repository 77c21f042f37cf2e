"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Select, TextArea } from "@/components/ui/form-controls";
import type { AchievementLevel } from "@/lib/year/year-end/achievement-scale";
import { commentOnRatingAction, rateCommitmentAction } from "@/lib/year/year-end/year-end-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** The employee's 達成度 on the HR division's scale, or the supervisor's comment on how it ended. */
type Entry = { field: "rating"; rating: string | null; scale: readonly AchievementLevel[] } | { field: "comment"; comment: string };

const ACTIONS = { rating: rateCommitmentAction, comment: commentOnRatingAction };
const ID_PREFIX = { rating: "rate", comment: "comment" };

/**
 * One commitment's year-end entry: both are one field guarded by the rating row's version, so
 * they share the form; only the control and the button's words differ.
 */
export function YearEndEntryForm({ commitmentId, version, entry }: { commitmentId: number; version: number; entry: Entry }) {
  const t = useTranslations("yearEnd");
  const { state, pending, formProps } = useFormAction<FormState>(ACTIONS[entry.field], INITIAL_FORM_STATE);
  const idPrefix = `${ID_PREFIX[entry.field]}-${commitmentId}-`;
  const feedback = useFormFeedback(state, { idPrefix, hidden: ["commitmentId", "version"] });
  const typed = state.values?.[entry.field];
  const common = { id: `${idPrefix}${entry.field}`, name: entry.field, requiredLabel: t("required"), error: feedback.error(entry.field) };
  return (
    <form {...formProps} key={version} className="flex flex-col gap-3">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="commitmentId" value={commitmentId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      {entry.field === "rating" ? (
        <Select
          {...common}
          label={t("rating")}
          placeholder={t("choose")}
          options={entry.scale.map((level) => ({ value: level.code, label: `${level.code}：${level.label}` }))}
          defaultValue={typeof typed === "string" ? typed : (entry.rating ?? "")}
        />
      ) : (
        <TextArea {...common} rows={3} label={t("supervisorComment")} defaultValue={typeof typed === "string" ? typed : entry.comment} />
      )}
      <div>
        <Button type="submit" size="sm" disabled={pending} aria-busy={pending}>
          {entry.field === "comment" ? t("saveComment") : entry.rating ? t("changeRating") : t("rate")}
        </Button>
      </div>
    </form>
  );
}
