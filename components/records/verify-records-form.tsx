"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { verifyRecordsAction, type VerifyFormState } from "@/lib/records/verification/verification-actions";

const INITIAL: VerifyFormState = { ok: false, fieldErrors: {} };

/**
 * The queue of records as one form: tick several and confirm them at once, or press a row's own
 * button. Works without scripts; with them, 「すべて選択」 ticks the page's rows. The versions the
 * supervisor was shown travel in the values, so nothing changed since is confirmed unseen.
 */
export function VerifyRecordsForm({ children, count }: { children: ReactNode; count: number }) {
  const t = useTranslations("verifiedRecords.queue");
  const [state, action, pending] = useActionState(verifyRecordsAction, INITIAL);
  // This page's own wording of each refusal.
  const feedback = useFormFeedback(state, { sections: ["verifiedRecords"], messages: { conflict: t("conflict"), notFound: t("notFound"), notAllowed: t("notAllowed") } });
  const message = feedback.error("record") ?? feedback.formError;
  const selectAll = (event: React.ChangeEvent<HTMLInputElement>) => {
    for (const box of event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="record"]') ?? []) box.checked = event.currentTarget.checked;
  };
  return (
    <form action={action} aria-describedby="verify-records-message">
      <div className="mb-3 flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-std-16N-170">
          <input type="checkbox" className="size-6" onChange={selectAll} />
          {t("selectAll", { count })}
        </label>
        <Button type="submit" size="sm" disabled={pending} aria-disabled={pending}>
          {pending ? t("verifying") : t("verifySelected")}
        </Button>
      </div>
      <p id="verify-records-message" role="alert" className="mb-3 text-std-16N-170 text-error-1">
        {message ? `＊${message}` : null}
      </p>
      {children}
    </form>
  );
}
