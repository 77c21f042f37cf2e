"use client";

import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { createQualificationAction, type RecordFormState, updateQualificationAction } from "@/lib/records/record-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { MeasureSelect } from "@/components/measure-select";
import { Button, buttonClass } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { toIsoDate } from "@/lib/platform/dates/calendar-date";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";
import type { QualificationRecordView } from "@/lib/records/qualification-record-view";
import { AttachmentField } from "./attachment-field";

const INITIAL: RecordFormState = { ok: false, fieldErrors: {} };

/**
 * Adds a qualification or self-study, or edits one when `record` is given. A new record starts
 * linked to ⑤職員の自己啓発支援, which the person may change.
 */
export function QualificationRecordForm({
  fiscalYear,
  areas,
  selfStudyMeasureId,
  record,
  cancelHref,
}: {
  fiscalYear: number;
  areas: AreaOption[];
  selfStudyMeasureId: number | null;
  record?: QualificationRecordView;
  cancelHref?: Route;
}) {
  const t = useTranslations("records");
  const v = useTranslations("verifiedRecords");
  const { state, pending, formProps } = useFormAction<RecordFormState>(record ? updateQualificationAction : createQualificationAction, INITIAL);
  const value = (field: string, fallback: string) => state.values?.[field] ?? fallback;
  const idPrefix = record ? `qualification-${record.id}` : "qualification-new";
  const feedback = useFormFeedback(state, {
    idPrefix: `${idPrefix}-`,
    hidden: ["fy", "id", "version"],
  });
  const error = feedback.error;
  return (
    <form {...formProps} className="flex flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      {record?.verification ? <Notice tone="warning">{v("verifiedNotice", { name: record.verification.byName })}</Notice> : null}
      <input type="hidden" name="fy" value={fiscalYear} />
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
          id={`${idPrefix}-name`}
          name="name"
          label={t("qualification.name")}
          requiredLabel={t("form.required")}
          hint={t("qualification.nameHint")}
          error={error("name")}
          defaultValue={value("name", record?.name ?? "")}
          maxLength={200}
          className="max-w-2xl"
        />
        <div className="flex flex-wrap gap-6">
          <Input
            id={`${idPrefix}-obtainedOn`}
            name="obtainedOn"
            type="date"
            label={t("qualification.obtainedOn")}
            requiredLabel={t("form.required")}
            hint={t("qualification.obtainedOnHint")}
            error={error("obtainedOn")}
            defaultValue={value("obtainedOn", record ? toIsoDate(record.obtainedOn) : "")}
            className="max-w-60"
          />
          <Input
            id={`${idPrefix}-expiresOn`}
            name="expiresOn"
            type="date"
            label={t("qualification.expiresOn")}
            hint={t("qualification.expiresOnHint")}
            error={error("expiresOn")}
            defaultValue={value("expiresOn", record?.expiresOn ? toIsoDate(record.expiresOn) : "")}
            className="max-w-60"
          />
        </div>
        <MeasureSelect
          areas={areas}
          defaultMeasureId={record ? (record.measure?.id ?? null) : selfStudyMeasureId}
          error={error("measureId")}
          required={false}
        />
        <TextArea
          id={`${idPrefix}-note`}
          name="note"
          label={t("qualification.note")}
          hint={t("qualification.noteHint")}
          error={error("note")}
          defaultValue={value("note", record?.note ?? "")}
          rows={3}
        />
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
