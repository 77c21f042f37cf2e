import { getOwnCommitment } from "@/lib/year/commitments/get-own-commitment";
import {
  addIndividualCommitment,
  addIndividualCommitmentInTx,
  dropIndividualCommitment,
  moveIndividualCommitment,
  updateIndividualCommitment,
} from "@/lib/year/commitments/individual-commitments";
import { recordIndividualProgress } from "@/lib/year/commitments/record-progress";
import { type CommitmentInput, commitmentInputSchema, progressInputSchema } from "@/lib/year/commitments/schemas";
import { db } from "@/lib/platform/db/client";
import { type FunctionRow, itself, OWNER_ONLY, row } from "./matrix";
import { makePlan, planWatch } from "./records";
import type { Scene } from "./scenes";

/** Individual commitments, which live in their owner's plan: lib/year/commitments (individual). */

const FILE = "lib/year/commitments/individual-commitments.ts";

const input = (scene: Scene, title = "資格を取る"): CommitmentInput =>
  commitmentInputSchema.parse({ title, measureId: scene.world.measureId, targetKind: "text", targetText: "社会福祉士" });

const draftPlan = (scene: Scene) => makePlan(scene, scene.subject, { status: "DRAFT", commitments: ["DRAFT", "DRAFT"] });
const first = (plan: Awaited<ReturnType<typeof makePlan>>) => plan.commitmentIds[0] ?? -1;

export const individualCommitmentRows: FunctionRow[] = [
  row({
    fn: "addIndividualCommitment",
    file: FILE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draftPlan,
    act: (s, plan) => addIndividualCommitment(s.actor, plan.planId, input(s)),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "addIndividualCommitmentInTx",
    file: FILE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draftPlan,
    act: (s, plan) => db.$transaction((tx) => addIndividualCommitmentInTx(tx, s.actor, plan.planId, input(s), "面談から")),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "updateIndividualCommitment",
    file: FILE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draftPlan,
    act: (s, plan) => updateIndividualCommitment(s.actor, first(plan), plan.commitmentVersion, input(s, "書き換えた取組")),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "moveIndividualCommitment",
    file: FILE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draftPlan,
    act: (s, plan) => moveIndividualCommitment(s.actor, plan.commitmentIds[1] ?? -1, "up"),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "dropIndividualCommitment",
    file: FILE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draftPlan,
    act: (s, plan) => dropIndividualCommitment(s.actor, first(plan), plan.commitmentVersion, "不要になった"),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "recordIndividualProgress",
    file: "lib/year/commitments/record-progress.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: (s) => makePlan(s, s.subject, { status: "APPROVED", commitments: ["APPROVED"] }),
    act: (s, plan) =>
      recordIndividualProgress(
        s.actor,
        first(plan),
        progressInputSchema.parse({ version: plan.commitmentVersion, recordedOn: s.world.todayIso, note: "半分まで", percent: "50" }),
      ),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "getOwnCommitment",
    file: "lib/year/commitments/get-own-commitment.ts",
    kind: "read",
    matrix: OWNER_ONLY,
    arrange: draftPlan,
    act: (s, plan) => getOwnCommitment(s.actor, first(plan)),
    judge: (commitment, plan) => itself(commitment.id === first(plan)),
  }),
];
