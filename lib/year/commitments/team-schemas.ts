import { z } from "zod";
import { id, optionalDecimal, optionalId, whenValid } from "@/lib/platform/validation/fields";
import { STANDALONE_LEVELS } from "./commitment-access";
import { commitmentInputSchema } from "./schemas";

export const COMMITMENT_METRICS = ["MANUAL", "OJT_COVERAGE", "INTERVIEWS_PER_MEMBER", "PLAN_APPROVAL_RATE"] as const;

/**
 * A team, bureau or city commitment is a commitment (the same fields at every level) plus how its
 * progress is measured. Interviews per member is measured against a number (2 → two each), so that metric
 * needs a numeric target above zero.
 */
const metric = z.enum(COMMITMENT_METRICS, { error: "validation.invalid" }).default("MANUAL");

export const teamCommitmentSchema = z
  .object({ metric })
  .and(commitmentInputSchema)
  .superRefine(
    (value, context) => {
      if (value.metric !== "INTERVIEWS_PER_MEMBER") return;
      if (value.targetKind !== "number") context.addIssue({ code: "custom", path: ["metric"], message: "validation.number" });
      else if (value.targetValue !== undefined && value.targetValue <= 0)
        context.addIssue({ code: "custom", path: ["targetValue"], message: "validation.number" });
    },
    whenValid(z.object({ metric, targetKind: z.enum(["text", "number"]), targetValue: optionalDecimal })),
  );
export type TeamCommitmentInput = z.infer<typeof teamCommitmentSchema>;

/** A new one also names the unit it is for and its fiscal year; neither changes afterwards. */
export const newTeamCommitmentSchema = z
  .object({ unitId: id, fiscalYear: z.coerce.number({ error: "validation.invalid" }).int().min(2000).max(2100) })
  .and(teamCommitmentSchema);
export type NewTeamCommitmentInput = z.infer<typeof newTeamCommitmentSchema>;

/** The new-commitment form of any level: the unit is chosen for TEAM and BUREAU, absent for CITY. */
export const newStandaloneCommitmentSchema = z
  .object({
    level: z.enum(STANDALONE_LEVELS, { error: "validation.invalid" }),
    unitId: optionalId,
    fiscalYear: z.coerce.number({ error: "validation.invalid" }).int().min(2000).max(2100),
  })
  .and(teamCommitmentSchema);
