"use client";

import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { createOjtPlanAction } from "@/lib/year/ojt/new-ojt-plan-actions";
import { updateOjtPlanAction } from "@/lib/year/ojt/ojt-plan-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormDone } from "@/components/forms/form-done";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button, buttonClass } from "@/components/ui/button";
import { Checkbox, Select, TextArea } from "@/components/ui/form-controls";
import type { TrainerOption } from "@/lib/year/ojt/find-trainer-options";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";
import type { GoalRowValues } from "./goal-row-values";
import { OjtGoalRows } from "./ojt-goal-rows";

export type OjtPlanFormTarget =
  | { mode: "create"; traineeId: number; fiscalYear: number; existingPlanId: number | null }
  | { mode: "edit"; ojtPlanId: number; version: number; completed: boolean };

// Errors about the plan as a whole, or its hidden fields, have no control to link to.
const WHOLE_PLAN = ["traineeId", "fiscalYear", "goals", "ojtPlanId", "version"];

/**
 * The supervisor's form for a plan: the trainer, the aim and the goals; when editing, also the
 * goals' achieved marks and completion. The same form creates and edits, so both read alike.
 * Once the plan is made the form gives way to what was done, who was told and the next member
 * waiting — or, opened again for a trainee who has a plan, to that plan.
 */
export function OjtPlanForm({
  target,
  trainers,
  areas,
  values,
  maxGoals,
  cancelHref,
}: {
  target: OjtPlanFormTarget;
  trainers: TrainerOption[];
  areas: AreaOption[];
  values: { trainerId: number | null; aim: string; goals: GoalRowValues[] };
  maxGoals: number;
  cancelHref: Route;
}) {
  const t = useTranslations("ojt.form");
  const { state, pending, formProps } = useFormAction(target.mode === "create" ? createOjtPlanAction : updateOjtPlanAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: WHOLE_PLAN });
  const error = feedback.error;
  const made = target.mode === "create" ? (("ojtPlanId" in state ? state.ojtPlanId : undefined) ?? target.existingPlanId) : null;
  if (made) {
    const open = (
      <p>
        <Link href={`/ojt/${made}`}>{t("openPlan")}</Link>
      </p>
    );
    return state.ok ? (
      <FormDone feedback={feedback}>{open}</FormDone>
    ) : (
      <div className="flex max-w-3xl flex-col gap-4">
        <p>{t("exists")}</p>
        {open}
      </div>
    );
  }
  return (
    <form {...formProps} className="flex max-w-3xl flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      {/* Keyed by version: after a save or a conflict the fields show the plan as stored now. */}
      <div key={target.mode === "edit" ? target.version : "new"} className="flex flex-col gap-6">
        {target.mode === "create" ? (
          <>
            <input type="hidden" name="traineeId" value={target.traineeId} />
            <input type="hidden" name="fiscalYear" value={target.fiscalYear} />
          </>
        ) : (
          <>
            <input type="hidden" name="ojtPlanId" value={target.ojtPlanId} />
            <input type="hidden" name="version" value={target.version} />
          </>
        )}
        <Select
          id="trainerId"
          name="trainerId"
          label={t("trainer")}
          requiredLabel={t("required")}
          hint={t("trainerHint")}
          placeholder={t("choose")}
          options={trainers.map((trainer) => ({ value: String(trainer.id), label: `${trainer.name}（${trainer.detail}）` }))}
          defaultValue={values.trainerId ?? ""}
          error={error("trainerId")}
        />
        <TextArea id="aim" name="aim" label={t("aim")} hint={t("aimHint")} rows={3} maxLength={2000} defaultValue={values.aim} error={error("aim")} />
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-std-20B-150">{t("goals")}</legend>
          <OjtGoalRows areas={areas} initial={values.goals} max={maxGoals} withAchieved={target.mode === "edit"} error={error} />
        </fieldset>
        {target.mode === "edit" ? <Checkbox id="completed" name="completed" label={t("completed")} defaultChecked={target.completed} /> : null}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("saving") : target.mode === "create" ? t("create") : t("save")}
        </Button>
        <Link href={cancelHref} className={buttonClass("tertiary")}>
          {/* Once an edit is saved there is nothing to cancel: the way back to the plan. */}
          {state.ok && target.mode === "edit" ? t("backToPlan") : t("cancel")}
        </Link>
      </div>
    </form>
  );
}
