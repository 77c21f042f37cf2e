"use client";

import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { createTrainingAction, type RecordFormState, updateTrainingAction } from "@/lib/records/record-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { MeasureSelect } from "@/components/measure-select";
import { Button, buttonClass } from "@/components/ui/button";
import { Checkbox, Input, RadioGroup } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { toIsoDate } from "@/lib/platform/dates/calendar-date";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";
import type { TrainingRecordView } from "@/lib/records/training-record-view";
import { AttachmentField } from "./attachment-field";

const INITIAL: RecordFormState = { ok: false, fieldErrors: {} };
const KINDS = ["INSTITUTE", "DEPARTMENTAL", "EXTERNAL"] as const;

/**
 * Adds a training, or edits one when `record` is given. The fiscal year is the page's: dates
 * are limited to it here for the date picker and checked again on the server.
 */
export function TrainingRecordForm({
  fiscalYear,
  period,
  areas,
  record,
  cancelHref,
}: {
  fiscalYear: number;
  period: { min: string; max: string; label: string };
  areas: AreaOption[];
  record?: TrainingRecordView;
  cancelHref?: Route;
}) {
  const t = useTranslations("records");
  const v = useTranslations("verifiedRecords");
  const { state, pending, formProps } = useFormAction<RecordFormState>(record ? updateTrainingAction : createTrainingAction, INITIAL);
  const value = (field: string, fallback: string) => state.values?.[field] ?? fallback;
  const idPrefix = record ? `training-${record.id}` : "training-new";
  const feedback = useFormFeedback(state, {
    idPrefix: `${idPrefix}-`,
    hidden: ["fiscalYear", "id", "version"],
  });
  const error = feedback.error;
  return (
    <form {...formProps} className="flex flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      {record?.verification ? <Notice tone="warning">{v("verifiedNotice", { name: record.verification.byName })}</Notice> : null}
      <input type="hidden" name="fiscalYear" value={fiscalYear} />
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      ) : null}
      {/* Keyed by version: after a conflict the fields show the latest record, not the stale input;
          a new record saved leaves the add form empty for the next one. */}
      <Fragment key={record?.version ?? `new-${state.savedId ?? 0}`}>
        <Input
          id={`${idPrefix}-programmeName`}
          name="programmeName"
          label={t("training.programmeName")}
          requiredLabel={t("form.required")}
          hint={t("training.programmeNameHint")}
          error={error("programmeName")}
          defaultValue={value("programmeName", record?.programmeName ?? "")}
          maxLength={200}
          className="max-w-2xl"
        />
        <RadioGroup
          name="kind"
          legend={t("training.kind")}
          options={KINDS.map((kind) => ({ value: kind, label: t(`training.kinds.${kind}`) }))}
          defaultValue={value("kind", record?.kind ?? "INSTITUTE")}
          error={error("kind")}
        />
        <div className="flex flex-wrap gap-6">
          <Input
            id={`${idPrefix}-startOn`}
            name="startOn"
            type="date"
            label={t("training.startOn")}
            requiredLabel={t("form.required")}
            hint={t("training.dateHint", { period: period.label })}
            error={error("startOn")}
            defaultValue={value("startOn", record ? toIsoDate(record.startOn) : "")}
            min={period.min}
            max={period.max}
            className="max-w-60"
          />
          <Input
            id={`${idPrefix}-endOn`}
            name="endOn"
            type="date"
            label={t("training.endOn")}
            requiredLabel={t("form.required")}
            hint={t("training.endOnHint")}
            error={error("endOn")}
            defaultValue={value("endOn", record ? toIsoDate(record.endOn) : "")}
            min={period.min}
            max={period.max}
            className="max-w-60"
          />
        </div>
        <Input
          id={`${idPrefix}-hours`}
          name="hours"
          type="number"
          inputMode="decimal"
          step={0.5}
          min={0.5}
          max={999}
          label={t("training.hours")}
          requiredLabel={t("form.required")}
          hint={t("training.hoursHint")}
          error={error("hours")}
          defaultValue={value("hours", record ? String(record.hours) : "")}
          className="max-w-40"
        />
        <Checkbox
          id={`${idPrefix}-completed`}
          name="completed"
          label={t("training.completedLabel")}
          defaultChecked={state.values ? state.values.completed === "on" : (record?.completed ?? false)}
        />
        <MeasureSelect areas={areas} defaultMeasureId={record?.measure?.id ?? null} error={error("measureId")} required={false} />
        <AttachmentField idPrefix={idPrefix} current={record?.attachment ?? null} error={error("attachment")} />
      </Fragment>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("form.saving") : record ? t("form.save") : t("form.add")}
        </Button>
        {cancelHref ? (
          <Link href={cancelHref} className={buttonClass("tertiary")}>
            {t("form.cancel")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
