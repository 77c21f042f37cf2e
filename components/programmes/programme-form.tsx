"use client";

import { useTranslations } from "next-intl";
import { createProgrammeAction, setProgrammeRetiredAction, updateProgrammeAction } from "@/lib/records/programmes/programme-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { MeasureSelect } from "@/components/measure-select";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form-controls";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

export interface ProgrammeFormValues {
  id: number;
  version: number;
  title: string;
  kind: string;
  measureId: number | null;
  targetRanks: string;
  targetJobCategories: string;
  hours: number;
}

const KINDS = ["INSTITUTE", "DEPARTMENTAL", "EXTERNAL"] as const;

/** Adds a programme, or edits one when `programme` is given (its version guards the save). */
export function ProgrammeForm({ areas, programme }: { areas: AreaOption[]; programme?: ProgrammeFormValues }) {
  const t = useTranslations("programmes");
  const { state, pending, formProps } = useFormAction(programme ? updateProgrammeAction : createProgrammeAction, INITIAL_FORM_STATE);
  const formId = programme ? `programme-${programme.id}` : "programme-new";
  const feedback = useFormFeedback(state, { idPrefix: `${formId}-`, hidden: ["id", "version"] });
  const errorOf = feedback.error;
  const value = (name: keyof ProgrammeFormValues, fallback: string) => {
    const typed = state.ok ? undefined : state.values?.[name];
    return typeof typed === "string" ? typed : fallback;
  };
  return (
    <form {...formProps} key={programme ? `${programme.id}-${programme.version}` : state.ok ? "saved" : "new"} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      {programme ? (
        <>
          <input type="hidden" name="id" value={programme.id} readOnly />
          <input type="hidden" name="version" value={programme.version} readOnly />
        </>
      ) : null}
      <Input
        id={`${formId}-title`}
        name="title"
        label={t("fields.title")}
        requiredLabel={t("required")}
        className="max-w-2xl"
        defaultValue={value("title", programme?.title ?? "")}
        error={errorOf("title")}
      />
      <Select
        id={`${formId}-kind`}
        name="kind"
        label={t("fields.kind")}
        defaultValue={value("kind", programme?.kind ?? "INSTITUTE")}
        options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        error={errorOf("kind")}
      />
      <MeasureSelect areas={areas} name="measureId" defaultMeasureId={programme?.measureId ?? null} required={false} error={errorOf("measureId")} />
      <Input
        id={`${formId}-targetRanks`}
        name="targetRanks"
        label={t("fields.targetRanks")}
        hint={t("fields.targetRanksHint")}
        className="max-w-2xl"
        defaultValue={value("targetRanks", programme?.targetRanks ?? "")}
        error={errorOf("targetRanks")}
      />
      <Input
        id={`${formId}-targetJobCategories`}
        name="targetJobCategories"
        label={t("fields.targetJobCategories")}
        hint={t("fields.targetJobCategoriesHint")}
        className="max-w-2xl"
        defaultValue={value("targetJobCategories", programme?.targetJobCategories ?? "")}
        error={errorOf("targetJobCategories")}
      />
      <Input
        id={`${formId}-hours`}
        name="hours"
        type="number"
        step="0.5"
        min="0.5"
        label={t("fields.hours")}
        hint={t("fields.hoursHint")}
        requiredLabel={t("required")}
        className="max-w-40"
        defaultValue={value("hours", programme ? String(programme.hours) : "")}
        error={errorOf("hours")}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {programme ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}

/** 廃止 / 再開 of a programme. */
export function RetireProgrammeForm({ id, version, retired }: { id: number; version: number; retired: boolean }) {
  const t = useTranslations("programmes");
  const { state, pending, formProps } = useFormAction<FormState>(setProgrammeRetiredAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["id", "version", "retire"] });
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="id" value={id} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <input type="hidden" name="retire" value={retired ? "false" : "true"} readOnly />
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {retired ? t("restore") : t("retire")}
        </Button>
      </div>
    </form>
  );
}
