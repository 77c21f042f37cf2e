"use server";

import { AuthError } from "next-auth";
import { OIDC_PROVIDER_ID, signIn } from "@/lib/platform/auth/auth";
import { passwordSignInSchema } from "@/lib/platform/auth/sign-in-schema";
import { auditingProviderErrors } from "@/lib/platform/auth/oidc-refusals";

export interface SignInState {
  staffNumber: string;
  fieldErrors: { staffNumber?: "staffNumberRequired"; password?: "passwordRequired" };
  failed: boolean;
}

// Not actor actions (lib/platform/actions/actor-action.ts): there is no actor yet, and a refusal must not
// say which field was wrong.

/**
 * Password sign-in. A wrong staff number and a wrong password get the same message: the form
 * never tells whether a staff number exists.
 */
export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const staffNumber = String(formData.get("staffNumber") ?? "").trim();
  const parsed = passwordSignInSchema.safeParse({ staffNumber, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return {
      staffNumber,
      failed: false,
      fieldErrors: {
        staffNumber: fields.has("staffNumber") ? "staffNumberRequired" : undefined,
        password: fields.has("password") ? "passwordRequired" : undefined,
      },
    };
  }
  try {
    await signIn("password", { ...parsed.data, redirectTo: "/" });
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (error instanceof AuthError) return { staffNumber, failed: true, fieldErrors: {} };
    throw error;
  }
  return { staffNumber, failed: true, fieldErrors: {} };
}

/**
 * Off to the identity provider (a plain form post: it works without the page's scripts, the
 * Content-Security-Policy's form-action allowing the issuer). A provider that cannot be reached
 * lands on the sign-in page with its error, audited.
 */
export async function signInWithOidc(): Promise<void> {
  await auditingProviderErrors(() => signIn(OIDC_PROVIDER_ID, { redirectTo: "/" }));
}
