"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type SignInState, signInWithPassword } from "@/lib/platform/auth/sign-in-actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Input } from "@/components/ui/form-controls";

const INITIAL: SignInState = { staffNumber: "", fieldErrors: {}, failed: false };

export function SignInForm() {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState(signInWithPassword, INITIAL);
  const { fieldErrors } = state;
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      {state.failed ? <Notice tone="error" title={t("failed")} /> : null}
      <Input
        id="staffNumber"
        name="staffNumber"
        label={t("staffNumber")}
        requiredLabel={t("required")}
        hint={t("staffNumberHint")}
        error={fieldErrors.staffNumber ? t(fieldErrors.staffNumber) : undefined}
        defaultValue={state.staffNumber}
        autoComplete="username"
        required
        autoFocus
      />
      <Input
        id="password"
        name="password"
        type="password"
        label={t("password")}
        requiredLabel={t("required")}
        error={fieldErrors.password ? t(fieldErrors.password) : undefined}
        autoComplete="current-password"
        required
      />
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
