import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidInput } from "@/lib/platform/errors";
import { commitmentColumns } from "./commitment-data";
import type { TeamCommitmentInput } from "./team-schemas";

/**
 * The columns of a team commitment: those of every commitment, checked against the catalogue
 * and the fiscal year, and the metric. Interviews per member are measured against a number, so
 * that metric is refused without one even when the form was bypassed.
 */
export async function teamCommitmentColumns(tx: Prisma.TransactionClient, input: TeamCommitmentInput, fiscalYear: number) {
  if (input.metric === "INTERVIEWS_PER_MEMBER") {
    if (input.targetKind !== "number") throw invalidInput("metric", "number");
    if (input.targetValue === undefined || input.targetValue <= 0) throw invalidInput("targetValue", "number");
  }
  return { ...(await commitmentColumns(tx, input, fiscalYear)), metric: input.metric };
}
