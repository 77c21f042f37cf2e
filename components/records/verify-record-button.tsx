"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { verifyRecordAction, type VerifyFormState } from "@/lib/records/verification/verification-actions";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import type { RecordKind } from "@/lib/records/verification/verify-record";

const INITIAL: VerifyFormState = { ok: false, fieldErrors: {} };

/**
 * Confirms one record. The version the supervisor was shown travels with it, so a record the
 * employee changed in the meantime is refused rather than confirmed unseen.
 */
export function VerifyRecordButton({ kind, id, version, name, member }: { kind: RecordKind; id: number; version: number; name: string; member: string }) {
  const t = useTranslations("verifiedRecords.queue");
  const [state, action, pending] = useActionState(verifyRecordAction, INITIAL);
  // This page's own wording of each refusal.
  const { formError } = useFormFeedback(state, { messages: { conflict: t("conflict"), notFound: t("notFound"), notAllowed: t("notAllowed") } });
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" size="sm" disabled={pending} aria-disabled={pending} className="whitespace-nowrap">
        {pending ? t("verifying") : t("verify")}
        <span className="sr-only">{t("verifyTarget", { member, name })}</span>
      </Button>
      <p role="alert" className="max-w-56 text-std-16N-170 text-error-1">
        {formError ? `＊${formError}` : null}
      </p>
    </form>
  );
}
