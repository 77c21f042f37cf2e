"use server";

import { z } from "zod";
import { actorAction } from "@/lib/platform/actions/actor-action";
import { assertRolloverAdmin, openNextFiscalYear, type RolloverResult } from "@/lib/year/rollover/rollover";
import type { FormState } from "@/lib/platform/validation/form-state";

export type RolloverFormState = FormState<Record<string, string>> & { result?: RolloverResult };

// Only the literal "on" of a ticked box counts: the four levels default to carrying nothing.
const ticked = z.preprocess((value) => value === "on", z.boolean());

const rolloverFormSchema = z.object({
  confirm: z.literal("on", { error: "validation.required" }),
  fromYear: z.coerce.number({ error: "validation.invalid" }),
  individual: ticked,
  team: ticked,
  bureau: ticked,
  city: ticked,
});

/** The HR division's role first, then the form, then lib/year/rollover decides (one transaction); reports the counts. */
export const openNextFiscalYearAction = actorAction({
  allow: assertRolloverAdmin,
  schema: rolloverFormSchema,
  handle: (actor, { fromYear, individual, team, bureau, city }) => openNextFiscalYear(actor, { fromYear, carry: { individual, team, bureau, city } }),
  revalidate: ["/city/rollover"],
  answer: (result: RolloverResult) => ({ result }),
});
