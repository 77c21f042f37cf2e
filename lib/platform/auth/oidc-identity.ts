import "server-only";
import * as oauth from "oauth4webapi";
import { db } from "@/lib/platform/db/client";
import { env } from "@/lib/platform/env";
import { describeAuthError } from "./describe-auth-error";
import { providerMetadata, requestOptions } from "./oidc-discovery";

/** Why the identity provider's answer lets no one in. */
export type OidcRefusalReason = "unknown-staff-number" | "departed" | "missing-claim" | "provider-error";

/** Who the identity provider vouched for, and the employee that is (or why there is none). */
export type OidcIdentity =
  | { subject: string; staffNumber: string; employeeId: number; refusal: null; cause?: undefined }
  | { subject: string; staffNumber: string | null; employeeId: null; refusal: OidcRefusalReason; cause?: string };

/**
 * The staff number claim (OIDC_STAFF_NUMBER_CLAIM) as a non-empty string, from the ID token or,
 * where the provider leaves it out of the ID token (many put profile claims only in userinfo),
 * from the userinfo answer, which oauth4webapi checks is about the same subject.
 */
export function staffNumberClaim(claims: Readonly<Record<string, unknown>> | null | undefined): string | null {
  const value = claims?.[env.OIDC_STAFF_NUMBER_CLAIM];
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= 64 ? trimmed : null;
}

async function staffNumberFromUserinfo(subject: string, accessToken: string): Promise<string | null> {
  const metadata = await providerMetadata();
  if (!metadata.userinfo_endpoint) return null;
  const client: oauth.Client = { client_id: env.OIDC_CLIENT_ID ?? "" };
  const response = await oauth.userInfoRequest(metadata, client, accessToken, requestOptions());
  return staffNumberClaim(await oauth.processUserInfoResponse(metadata, client, subject, response));
}

/**
 * Called once per sign-in with the ID token's validated claims (Auth.js checked signature,
 * issuer, audience, nonce): finds the employee by staff number. Answers a refusal rather than
 * throwing, so that every way of being turned away is audited with its reason and shown on the
 * sign-in page.
 */
export async function identifyOidcUser(idTokenClaims: Readonly<Record<string, unknown>>, accessToken: string | undefined): Promise<OidcIdentity> {
  const subject = typeof idTokenClaims.sub === "string" ? idTokenClaims.sub : "";
  let staffNumber = staffNumberClaim(idTokenClaims);
  if (staffNumber === null && accessToken) {
    try {
      staffNumber = await staffNumberFromUserinfo(subject, accessToken);
    } catch (error) {
      return { subject, staffNumber: null, employeeId: null, refusal: "provider-error", cause: `userinfo: ${describeAuthError(error, 500)}` };
    }
  }
  if (staffNumber === null) return { subject, staffNumber, employeeId: null, refusal: "missing-claim" };
  const employee = await db.employee.findUnique({ where: { staffNumber }, select: { id: true, active: true } });
  if (!employee) return { subject, staffNumber, employeeId: null, refusal: "unknown-staff-number" };
  if (!employee.active) return { subject, staffNumber, employeeId: null, refusal: "departed" };
  return { subject, staffNumber, employeeId: employee.id, refusal: null };
}
