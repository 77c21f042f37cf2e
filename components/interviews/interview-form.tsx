"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { recordInterviewAction, updateInterviewAction } from "@/lib/year/interviews/interview-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormDone } from "@/components/forms/form-done";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { MeasureSelect } from "@/components/measure-select";
import { Button } from "@/components/ui/button";
import { Checkbox, Input, RadioGroup, TextArea } from "@/components/ui/form-controls";
import { INTERVIEW_KINDS, MAX_ACTIONS } from "@/lib/year/interviews/limits";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

export interface InterviewFormValues {
  heldOn: string;
  kind: string;
  agenda: string;
  sharedNotes: string;
  privateNotes: string;
  agreedActions: string;
  /** the actions still waiting for the employee's answer */
  actions: { id: number; title: string; measureId: number }[];
}

/**
 * Records an interview with a member (`employeeId`) or corrects one (`interviewId` and the
 * version it was loaded at). One fixed slot per action the interview may still propose — those
 * the employee has answered take theirs — so the form works without script.
 */
export function InterviewForm({
  target,
  values,
  answeredActions,
  areas,
  fiscalYearLabel,
  period,
}: {
  target: { employeeId: number } | { interviewId: number; version: number };
  values: InterviewFormValues;
  answeredActions: number;
  areas: AreaOption[];
  fiscalYearLabel: string;
  period: { min: string; max: string };
}) {
  const t = useTranslations("interviews");
  const updating = "interviewId" in target;
  const { state, pending, formProps } = useFormAction(updating ? updateInterviewAction : recordInterviewAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, {
    hidden: ["employeeId", "interviewId", "version"],
  });
  const error = feedback.error;
  const open = Math.max(0, MAX_ACTIONS - answeredActions);
  // The proposals still open, then one empty slot; more on request. Five empty blocks made the
  // form a wall with its save button far below (seen on the screenshots).
  const [shown, setShown] = useState(Math.min(open, values.actions.length + 1));
  const slots = Array.from({ length: shown }, (_, slot) => slot);
  const added = useRef(false);
  useEffect(() => {
    // A slot added by the button gets the focus, so keyboard users land in it.
    if (added.current) document.getElementById(`actions.${shown - 1}.title`)?.focus();
  }, [shown]);
  // Once recorded, the new interview's form gives way to the confirmation and the way to it, so
  // the same interview is not recorded twice.
  if (!updating && state.ok) {
    return (
      <FormDone feedback={feedback}>
        {"interviewId" in state && typeof state.interviewId === "number" ? (
          <p>
            <Link href={`/interviews/${state.interviewId}`}>{t("form.openRecorded")}</Link>
          </p>
        ) : null}
      </FormDone>
    );
  }
  return (
    <form key={updating ? target.version : "new"} {...formProps} className="flex max-w-3xl flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      {updating ? (
        <>
          <input type="hidden" name="interviewId" value={target.interviewId} />
          <input type="hidden" name="version" value={target.version} />
        </>
      ) : (
        <input type="hidden" name="employeeId" value={target.employeeId} />
      )}
      <Input
        id="heldOn"
        name="heldOn"
        type="date"
        label={t("form.heldOn")}
        requiredLabel={t("form.required")}
        hint={t("form.heldOnHint", { fiscalYear: fiscalYearLabel })}
        defaultValue={values.heldOn}
        min={period.min}
        max={period.max}
        error={error("heldOn")}
        className="max-w-60"
      />
      <RadioGroup
        name="kind"
        legend={t("form.kind")}
        options={INTERVIEW_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        defaultValue={values.kind}
        error={error("kind")}
      />
      <TextArea id="agenda" name="agenda" label={t("form.agenda")} defaultValue={values.agenda} error={error("agenda")} rows={3} maxLength={4000} />
      <TextArea
        id="sharedNotes"
        name="sharedNotes"
        label={t("form.sharedNotes")}
        hint={t("form.sharedNotesHint")}
        defaultValue={values.sharedNotes}
        error={error("sharedNotes")}
        rows={5}
        maxLength={4000}
      />
      <TextArea
        id="agreedActions"
        name="agreedActions"
        label={t("form.agreedActions")}
        hint={t("form.agreedActionsHint")}
        defaultValue={values.agreedActions}
        error={error("agreedActions")}
        rows={3}
        maxLength={4000}
      />
      <div className="rounded-8 border-2 border-solid-gray-536 bg-solid-gray-50 p-4">
        <TextArea
          id="privateNotes"
          name="privateNotes"
          label={t("form.privateNotes")}
          hint={t("form.privateNotesHint")}
          defaultValue={values.privateNotes}
          error={error("privateNotes")}
          rows={4}
          maxLength={4000}
        />
      </div>
      <fieldset id="actions" aria-describedby="actions-hint actions-error" className="flex flex-col gap-4">
        <legend className="mb-2 text-std-20B-150 text-solid-gray-900">{t("form.actions")}</legend>
        <p id="actions-hint" className="lead">
          {t("form.actionsHint", { fiscalYear: fiscalYearLabel })}
        </p>
        <p id="actions-error" className="text-std-16N-170 text-error-1" aria-live="polite">
          {error("actions") ? `＊${error("actions")}` : null}
        </p>
        {slots.map((slot) => {
          const existing = values.actions[slot];
          const name = (field: string) => `actions.${slot}.${field}`;
          return (
            <fieldset key={slot} className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
              <legend className="px-1 text-std-17B-170">{t("form.actionN", { n: answeredActions + slot + 1 })}</legend>
              {existing ? <input type="hidden" name={name("id")} value={existing.id} /> : null}
              <Input
                id={name("title")}
                name={name("title")}
                label={t("form.actionTitle")}
                hint={slot === 0 ? t("form.actionTitleHint") : undefined}
                defaultValue={existing?.title ?? ""}
                error={error(name("title"))}
                maxLength={120}
                className="max-w-3xl"
              />
              <MeasureSelect
                areas={areas}
                name={name("measureId")}
                defaultMeasureId={existing?.measureId ?? null}
                error={error(name("measureId"))}
                required={false}
              />
              {existing ? <Checkbox id={name("remove")} name={name("remove")} label={t("form.remove")} /> : null}
            </fieldset>
          );
        })}
        {shown < open ? (
          <div>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => {
                added.current = true;
                setShown(shown + 1);
              }}
            >
              {t("form.addAction", { left: open - shown })}
            </Button>
          </div>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {updating ? t("form.save") : t("form.submit")}
        </Button>
      </div>
    </form>
  );
}
