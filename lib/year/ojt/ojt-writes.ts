import "server-only";
import { invalidInput } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSelectableMeasure } from "@/lib/policy/find-selectable-measures";

/**
 * The trainer a supervisor names: any other active member of staff (a senior colleague from
 * the next 係 is common), so the check is existence, not team membership. Read inside the
 * write's transaction, so someone who left in the meantime is refused.
 */
export async function findActiveTrainer(tx: Prisma.TransactionClient, trainerId: number, traineeId: number) {
  if (trainerId === traineeId) throw invalidInput("trainerId", "trainerIsTrainee");
  const trainer = await tx.employee.findFirst({ where: { id: trainerId, active: true }, select: { id: true, name: true } });
  if (!trainer) throw invalidInput("trainerId", "invalid");
  return trainer;
}

/**
 * Every goal must point at a measure that may still be chosen, except those `unchanged` says
 * keep the measure they had; the error names the goal's row.
 */
export async function assertGoalMeasures<G extends { measureId: number }>(
  tx: Prisma.TransactionClient,
  goals: readonly G[],
  unchanged: (goal: G) => boolean = () => false,
): Promise<void> {
  for (const [index, goal] of goals.entries()) {
    if (!unchanged(goal) && !(await isSelectableMeasure(tx, goal.measureId))) throw invalidInput(`goals.${index}.measureId`, "unknownMeasure");
  }
}
