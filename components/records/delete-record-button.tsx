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
      <summary className="cursor-pointer text-std-16N-170 text-red-900 underline underline-offset-[0.1875rem] hover:text-red-1000">
        {t("delete")}
        <span className="sr-only">{t("deleteTarget", { name })}</span>
      </summary>
      <form action={action} className="mt-2 flex w-64 flex-col gap-2 rounded-8 border border-red-900 bg-red-50 p-3">
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
