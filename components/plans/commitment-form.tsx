"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { MeasureSelect } from "@/components/measure-select";
import { Button } from "@/components/ui/button";
import { Input, Select, TextArea } from "@/components/ui/form-controls";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";
import { PLAN_FORM_ACTIONS } from "./plan-form-actions";

export interface CommitmentFormValues {
  title: string;
  description: string;
  measureId: number | null;
  focusThemeId: number | null;
  targetImageId: number | null;
  targetText: string;
  targetValue: string;
  targetUnit: string;
  dueOn: string;
}

export const EMPTY_COMMITMENT: CommitmentFormValues = {
  title: "",
  description: "",
  measureId: null,
  focusThemeId: null,
  targetImageId: null,
  targetText: "",
  targetValue: "",
  targetUnit: "",
  dueOn: "",
};

/** Where a unit-owned commitment (team, bureau) belongs: chosen once, when it is created. */
export interface OwnerUnitChoice {
  label: string;
  options: { id: number; label: string }[];
  defaultId: number | null;
}

/** How progress is measured, for levels where the portal can compute it. */
export interface MetricChoice {
  legend: string;
  options: { value: string; label: string; hint: string }[];
  defaultValue: string;
}

/**
 * Adds a commitment (no `commitment`) or changes one (with its id and version), at any level:
 * the page names the level's server action and passes the hidden fields that say where it belongs
 * (a plan, a fiscal year), and, for unit-owned levels, the unit and metric choices.
 */
export function CommitmentForm({
  action,
  hidden,
  fiscalYearLabel,
  commitment,
  values,
  areas,
  themes,
  images,
  ownerUnits,
  metrics,
  notice,
}: {
  action: "addOwnCommitment" | "updateOwnCommitment" | "createCommitment" | "updateCommitment" | "addProxyCommitment";
  hidden: Record<string, string | number>;
  fiscalYearLabel: string;
  commitment?: { id: number; version: number };
  values: CommitmentFormValues;
  areas: AreaOption[];
  themes: { id: number; label: string }[];
  images: { id: number; label: string }[];
  ownerUnits?: OwnerUnitChoice;
  metrics?: MetricChoice;
  /** what saving will do, said before it is done (a change of an approved plan goes to the supervisor) */
  notice?: string;
}) {
  const t = useTranslations("commitments");
  const { state, pending, formProps } = useFormAction(PLAN_FORM_ACTIONS[action], INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: [...Object.keys(hidden), "commitmentId", "version"] });
  const error = feedback.error;
  const [targetKind, setTargetKind] = useState<"text" | "number">(values.targetValue !== "" ? "number" : "text");
  const noneOption = t("none");
  return (
    <form key={commitment?.version ?? "new"} {...formProps} className="flex max-w-3xl flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      {notice ? (
        <p id="commitment-form-notice" className="rounded-8 border-l-8 border-warning-yellow-1 bg-yellow-50 px-4 py-3 text-std-16N-170">
          {notice}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {ownerUnits ? (
        <Select
          id="unitId"
          name="unitId"
          label={ownerUnits.label}
          requiredLabel={t("required")}
          options={ownerUnits.options.map((unit) => ({ value: String(unit.id), label: unit.label }))}
          defaultValue={ownerUnits.defaultId ?? ""}
          error={error("unitId")}
        />
      ) : null}
      {commitment ? (
        <>
          <input type="hidden" name="commitmentId" value={commitment.id} />
          <input type="hidden" name="version" value={commitment.version} />
        </>
      ) : null}
      <Input
        id="title"
        name="title"
        label={t("title")}
        requiredLabel={t("required")}
        hint={t("titleHint")}
        defaultValue={values.title}
        error={error("title")}
        maxLength={120}
        className="max-w-3xl"
      />
      <TextArea id="description" name="description" label={t("description")} defaultValue={values.description} error={error("description")} maxLength={4000} />
      <MeasureSelect areas={areas} defaultMeasureId={values.measureId} error={error("measureId")} />
      <Select
        id="focusThemeId"
        name="focusThemeId"
        label={t("focusTheme")}
        placeholder={noneOption}
        options={themes.map((theme) => ({ value: String(theme.id), label: theme.label }))}
        defaultValue={values.focusThemeId ?? ""}
        error={error("focusThemeId")}
      />
      <Select
        id="targetImageId"
        name="targetImageId"
        label={t("targetImage")}
        placeholder={noneOption}
        options={images.map((image) => ({ value: String(image.id), label: image.label }))}
        defaultValue={values.targetImageId ?? ""}
        error={error("targetImageId")}
      />
      {metrics ? <MetricFieldset metrics={metrics} error={error("metric")} /> : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-std-17B-170">{t("targetKind")}</legend>
        <div className="flex flex-wrap gap-6">
          {(["text", "number"] as const).map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="targetKind"
                value={kind}
                checked={targetKind === kind}
                onChange={() => setTargetKind(kind)}
                className="size-6 accent-blue-900"
              />
              {kind === "text" ? t("targetKindText") : t("targetKindNumber")}
            </label>
          ))}
        </div>
        {targetKind === "text" ? (
          <Input
            id="targetText"
            name="targetText"
            label={t("targetText")}
            requiredLabel={t("required")}
            defaultValue={values.targetText}
            error={error("targetText")}
            maxLength={200}
            className="max-w-3xl"
          />
        ) : (
          <div className="flex flex-wrap gap-4">
            <Input
              id="targetValue"
              name="targetValue"
              label={t("targetValue")}
              requiredLabel={t("required")}
              inputMode="decimal"
              defaultValue={values.targetValue}
              error={error("targetValue")}
              className="max-w-40"
            />
            <Input
              id="targetUnit"
              name="targetUnit"
              label={t("targetUnit")}
              requiredLabel={t("required")}
              hint={t("targetUnitHint")}
              defaultValue={values.targetUnit}
              error={error("targetUnit")}
              maxLength={20}
              className="max-w-40"
            />
          </div>
        )}
      </fieldset>
      <Input
        id="dueOn"
        name="dueOn"
        type="date"
        label={t("dueOn")}
        hint={t("dueOnHint", { fiscalYear: fiscalYearLabel })}
        defaultValue={values.dueOn}
        error={error("dueOn")}
        className="max-w-60"
      />
      <div>
        <Button type="submit" disabled={pending} aria-describedby={notice ? "commitment-form-notice" : undefined}>
          {commitment ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}

function MetricFieldset({ metrics, error }: { metrics: MetricChoice; error?: string }) {
  return (
    <fieldset aria-describedby={error ? "metric-error" : undefined} className="flex flex-col gap-2">
      <legend className="mb-2 text-std-17B-170">{metrics.legend}</legend>
      {metrics.options.map((option) => (
        <div key={option.value} className="flex items-start gap-3">
          <input
            id={`metric-${option.value}`}
            type="radio"
            name="metric"
            value={option.value}
            defaultChecked={metrics.defaultValue === option.value}
            aria-describedby={`metric-${option.value}-hint`}
            className="mt-1 size-6 shrink-0 accent-blue-900"
          />
          <div>
            <label htmlFor={`metric-${option.value}`} className="block text-std-16B-170">
              {option.label}
            </label>
            <p id={`metric-${option.value}-hint`} className="lead">
              {option.hint}
            </p>
          </div>
        </div>
      ))}
      <p id="metric-error" className="text-std-16N-170 text-error-1" aria-live="polite">
        {error ? `＊${error}` : null}
      </p>
    </fieldset>
  );
}
