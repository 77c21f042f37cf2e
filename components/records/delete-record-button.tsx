"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteQualificationAction, deleteTrainingAction, type RecordFormState } from "@/lib/records/record-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormFeedback } from "@/components/forms/use-form-feedback";

const INITIAL: RecordFormState = { ok: false, fieldErrors: {} };
const ACTIONS = { training: deleteTrainingAction, qualification: deleteQualificationAction } as const;

/**
 * Delete with a confirmation step that needs no script: the button sits inside a disclosure,
 * so deleting takes two deliberate presses, by mouse or keyboard. The version travels with it,
 * so a record changed elsewhere in the meantime is not deleted unseen. A refusal shows at the
 * form's top (ErrorSummary), as in every form; a delete goes back to the list, which confirms it.
 */
export function DeleteRecordButton({
  kind,
  id,
  version,
  name,
  fiscalYear,
  fiscalYearLabel,
}: {
  kind: keyof typeof ACTIONS;
  id: number;
  version: number;
  name: string;
  fiscalYear: number;
  fiscalYearLabel: string;
}) {
  const t = useTranslations("records.form");
  const [state, action, pending] = useActionState(ACTIONS[kind], INITIAL);
  const feedback = useFormFeedback(state, { sections: ["records", "verifiedRecords"], params: { fiscalYear: fiscalYearLabel }, hidden: ["id", "version", "fy"] });
  return (
    <details>
      <summary className="cursor-pointer text-std-16N-170 text-red-900 underline underline-offset-[0.1875rem] hover:text-red-1000">
        {t("delete")}
        <span className="sr-only">{t("deleteTarget", { name })}</span>
      </summary>
      <form action={action} className="mt-2 flex w-64 flex-col gap-2 rounded-8 border border-red-900 bg-red-50 p-3">
        <div className="whitespace-normal">
          <ErrorSummary feedback={feedback} pending={pending} />
        </div>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="fy" value={fiscalYear} />
        <p className="text-std-16N-170 whitespace-normal">{t("deleteConfirm", { name })}</p>
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="inline-flex min-h-9 items-center justify-center rounded-8 bg-red-900 px-3 py-1 text-std-16B-170 text-white hover:bg-red-1000 hover:underline disabled:bg-solid-gray-300"
        >
          {pending ? t("deleting") : t("deleteSubmit")}
        </button>
      </form>
    </details>
  );
}
