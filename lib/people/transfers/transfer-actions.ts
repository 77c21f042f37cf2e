"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { assertTransferAdmin, cancelTransfer, scheduleTransfer } from "@/lib/people/transfers/schedule-transfer";
import { cancelTransferSchema, transferInputSchema } from "@/lib/people/transfers/schemas";

const PAGE = "/city/transfers";

/** The HR division's role first, the form's schema, then lib/people/transfers decides (one transaction, audited). */
export const scheduleTransferAction = actorAction({
  allow: assertTransferAdmin,
  schema: transferInputSchema,
  handle: scheduleTransfer,
  revalidate: [PAGE],
  done: ({ applied }) => ({ key: applied ? "transferApplied" : "transferScheduled" }),
});

export const cancelTransferAction = actorAction({
  allow: assertTransferAdmin,
  schema: cancelTransferSchema,
  handle: cancelTransfer,
  revalidate: [PAGE],
  done: "transferCancelled",
});
