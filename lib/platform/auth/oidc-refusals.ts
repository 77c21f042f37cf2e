import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { db } from "@/lib/platform/db/client";
import { describeAuthError } from "./describe-auth-error";
import type { OidcRefusalReason } from "./oidc-identity";

export interface OidcRefusal {
  reason: OidcRefusalReason;
  staffNumber?: string | null;
  /** the provider's subject (sub), when it got as far as an ID token */
  subject?: string;
  cause?: string;
}

/**
 * Audits a refused single sign-on, without an actor (as a failed password is): who the provider
 * said it was, and why the portal turned them away. Not counted by the password throttle, which
 * limits guesses; an identity provider's answer is no guess.
 */
export async function auditOidcRefusal(refusal: OidcRefusal): Promise<void> {
  const detail: Record<string, string> = { method: "oidc", reason: refusal.reason };
  if (refusal.staffNumber) detail.staffNumber = refusal.staffNumber;
  if (refusal.subject) detail.subject = refusal.subject.slice(0, 255);
  if (refusal.cause) detail.cause = refusal.cause.slice(0, 500);
  await db.$transaction((tx) => recordAudit(tx, { actorId: null, action: "auth.sign-in-refused", entity: "session", detail }));
}

/**
 * What Auth.js logs while it handles one step of single sign-on (its logger is not told which
 * request it is in): its errors, and the provider's own error answer. Auth.js turns them into a
 * redirect to the sign-in page; they are audited together as the provider's error.
 */
const notesOfThisStep = new AsyncLocalStorage<unknown[]>();

/** From Auth.js's logger (lib/platform/auth/auth.ts): an error, or the provider's error answer. */
export function noteAuthError(error: unknown): void {
  notesOfThisStep.getStore()?.push(error);
}

/**
 * The provider's error answer to the callback (error, error_description), which Auth.js passes
 * only to its debug log before it throws an OAuthCallbackError that no longer carries it. The
 * rest of the callback's parameters (the state) are left out.
 */
export function providerErrorAnswer(metadata: unknown): { error: string; error_description?: string } | null {
  if (typeof metadata !== "object" || metadata === null || !("error" in metadata) || typeof metadata.error !== "string") return null;
  const description = "error_description" in metadata ? metadata.error_description : undefined;
  return typeof description === "string" ? { error: metadata.error, error_description: description } : { error: metadata.error };
}

/** Runs one step of single sign-on (its start, the callback) and audits the error it ended in. */
export async function auditingProviderErrors<T>(step: () => Promise<T>): Promise<T> {
  const notes: unknown[] = [];
  try {
    return await notesOfThisStep.run(notes, step);
  } finally {
    if (notes.length > 0) {
      // Outermost first: the error Auth.js ended in, then what led to it.
      const cause = notes
        .toReversed()
        .map((note) => describeAuthError(note, 300))
        .join(" ← ");
      await auditOidcRefusal({ reason: "provider-error", cause }).catch((error: unknown) =>
        console.error(`[auth] could not audit a refused sign-in: ${describeAuthError(error)}`),
      );
    }
  }
}
