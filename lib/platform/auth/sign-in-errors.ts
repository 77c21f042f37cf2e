import type { OidcRefusalReason } from "./oidc-identity";
import { isKeyOf } from "@/lib/platform/validation/narrow";

/**
 * The sign-in page's `?error=` for each way the identity provider's answer is refused. Auth.js
 * sends its own codes there too (Configuration, OAuthCallbackError, AccessDenied…): all of
 * those are the provider's or the connection's fault, and read as such.
 */
export const OIDC_SIGN_IN_ERRORS = {
  "unknown-staff-number": "OidcNotRegistered",
  departed: "OidcDeparted",
  "missing-claim": "OidcNoStaffNumber",
  "provider-error": "OidcProviderError",
} as const satisfies Record<OidcRefusalReason, string>;

const MESSAGES = {
  OidcNotRegistered: "oidcNotRegistered",
  OidcDeparted: "oidcDeparted",
  OidcNoStaffNumber: "oidcNoStaffNumber",
} as const;

export type SignInErrorMessage = (typeof MESSAGES)[keyof typeof MESSAGES] | "oidcFailed";

/** Where a refused sign-in lands. */
export function signInRefusedPath(reason: OidcRefusalReason): string {
  return `/signin?error=${OIDC_SIGN_IN_ERRORS[reason]}`;
}

/**
 * The message (signIn.* in the catalogue) for the page's `?error=`, or none. A wrong password
 * (CredentialsSignin) is told by the form itself, next to the fields.
 */
export function signInErrorMessage(error: string | undefined): SignInErrorMessage | null {
  if (!error || error === "CredentialsSignin") return null;
  return isKeyOf(MESSAGES, error) ? MESSAGES[error] : "oidcFailed";
}
