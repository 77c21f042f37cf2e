"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { verifyRecordsAction, type VerifyFormState } from "@/lib/records/verification/verification-actions";

const INITIAL: VerifyFormState = { ok: false, fieldErrors: {} };

/**
 * The queue of records as one form: tick several and confirm them at once. Works without
 * scripts; with them, 「すべて選択」 ticks the page's rows. The versions the supervisor was shown
 * travel in the values, so nothing changed since is confirmed unseen. The form's top says what
 * was confirmed and how many still wait, with the way on to them; "nothing ticked" links to the
 * select-all box.
 */
export function VerifyRecordsForm({ children, count }: { children: ReactNode; count: number }) {
  const t = useTranslations("verifiedRecords.queue");
  const { state, pending, formProps } = useFormAction(verifyRecordsAction, INITIAL);
  const form = useRef<HTMLFormElement>(null);
  // Every answer clears the ticks: what was confirmed has left the list, and a record that
  // changed meanwhile (now shown as it is) must be looked at again before it is ticked.
  useEffect(() => {
    if (state !== INITIAL) form.current?.reset();
  }, [state]);
  // This page's own wording of each refusal.
  const feedback = useFormFeedback(state, {
    messages: { conflict: t("conflict"), notFound: t("notFound"), notAllowed: t("notAllowed") },
  });
  const selectAll = (event: React.ChangeEvent<HTMLInputElement>) => {
    for (const box of event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="record"]') ?? []) box.checked = event.currentTarget.checked;
  };
  return (
    <form ref={form} {...formProps} className="flex flex-col gap-3">
      <ErrorSummary feedback={feedback} pending={pending} />
      {count === 0 ? null : (
        <div className="flex flex-wrap items-center gap-4">
          <label className="flex items-center gap-2 text-std-16N-170">
            {/* The control "nothing ticked" points at: ticking it ticks the page. */}
            <input
              id="record"
              type="checkbox"
              className="size-6"
              onChange={selectAll}
              aria-describedby={feedback.error("record") ? "record-error" : undefined}
            />
            {t("selectAll", { count })}
          </label>
          <Button type="submit" size="sm" disabled={pending} aria-disabled={pending}>
            {pending ? t("verifying") : t("verifySelected")}
          </Button>
        </div>
      )}
      {feedback.error("record") ? (
        <p id="record-error" className="text-std-16N-170 text-error-1">
          ＊{feedback.error("record")}
        </p>
      ) : null}
      {children}
    </form>
  );
}
