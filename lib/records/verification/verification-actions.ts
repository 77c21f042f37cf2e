"use server";

import { actorAction } from "@/lib/actions/actor-action";
import { verifyRecord, verifyRecordSchema } from "@/lib/records/verification/verify-record";
import type { FormState } from "@/lib/validation/form-state";

export type VerifyFormState = FormState<Record<string, string>>;

const PAGE = "/team/records";

/**
 * Confirms one record of the supervisor's team. A forged reference is simply not found; a
 * record changed or confirmed since the page was loaded comes back as a conflict with the page
 * revalidated, so the supervisor sees the latest version before confirming anything.
 */
export const verifyRecordAction = actorAction({
  target: verifyRecordSchema,
  handle: verifyRecord,
  revalidate: [PAGE, "/team"],
  redirect: () => `${PAGE}?done=verified`,
});
