"use client";

import { useTranslations } from "next-intl";
import { useRecordDeletion } from "./record-deletion";

/**
 * Delete with a confirmation step that needs no script: the button sits inside a disclosure,
 * so deleting takes two deliberate presses, by mouse or keyboard. The version travels with it,
 * so a record changed elsewhere in the meantime is not deleted unseen. A refusal shows at the
 * list's top, where the list confirms a delete (record-deletion.tsx): the row is gone by then.
 */
export function DeleteRecordButton({ id, version, name, fiscalYear }: { id: number; version: number; name: string; fiscalYear: number }) {
  const t = useTranslations("records.form");
  const { action, pending } = useRecordDeletion();
  return (
    <details>
      <summary className="delete-toggle">
        {t("delete")}
        <span className="sr-only">{t("deleteTarget", { name })}</span>
      </summary>
      <form action={action} className="delete-panel">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="fy" value={fiscalYear} />
        <p className="text-std-16N-170 whitespace-normal">{t("deleteConfirm", { name })}</p>
        <button type="submit" disabled={pending} aria-disabled={pending} className="btn btn-danger min-h-9 px-3 py-1">
          {pending ? t("deleting") : t("deleteSubmit")}
        </button>
      </form>
    </details>
  );
}
