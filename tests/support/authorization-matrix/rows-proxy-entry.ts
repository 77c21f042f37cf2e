import { commitmentInputSchema } from "@/lib/year/commitments/schemas";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import {
  addProxyCommitment,
  confirmByOwnerEdit,
  confirmProxyEntry,
  findProxyYears,
  saveProxyContent,
  startProxyPlan,
  submitProxyPlan,
} from "@/lib/year/plans/proxy-entry";
import { type FunctionRow, itself, OWNER_ONLY, row, SUPERVISOR_OF_SUBJECT } from "./matrix";
import { makePlan, personWatch, planWatch } from "./records";

/**
 * 代理入力 (lib/year/plans/proxy-entry.ts): only the supervisor who reviews the subject enters their
 * plan on their behalf; only the owner confirms what was entered.
 */

const FILE = "lib/year/plans/proxy-entry.ts";
type Scene = Parameters<typeof makePlan>[0];

const draft = (scene: Scene) => makePlan(scene, scene.subject, { status: "DRAFT", commitments: ["DRAFT"] });

/** A draft marked as entered on behalf and not yet confirmed (who entered it does not matter to who may confirm). */
async function enteredOnBehalf(scene: Scene) {
  const plan = await draft(scene);
  await db.developmentPlan.update({ where: { id: plan.planId }, data: { proxyEnteredById: scene.subject } });
  return plan;
}

export const proxyEntryRows: FunctionRow[] = [
  row({
    fn: "findProxyYears",
    file: FILE,
    kind: "read",
    matrix: SUPERVISOR_OF_SUBJECT,
    arrange: draft,
    act: (s) => findProxyYears(s.actor, s.subject),
    judge: (found, plan) => itself(found.years.some((year) => year.plan?.id === plan.planId)),
  }),
  row({
    fn: "startProxyPlan",
    file: FILE,
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    act: (s) => startProxyPlan(s.actor, s.subject, s.world.fy),
    watch: (_, s) => personWatch(s.subject),
  }),
  row({
    fn: "saveProxyContent",
    file: FILE,
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    arrange: draft,
    act: (s, plan) => saveProxyContent(s.actor, plan.planId, { version: plan.version, visionNow: "紙のシートから", vision3Years: "", vision10Years: "" }),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "addProxyCommitment",
    file: FILE,
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    arrange: draft,
    act: (s, plan) =>
      addProxyCommitment(
        s.actor,
        plan.planId,
        commitmentInputSchema.parse({ title: "紙のシートの取組", measureId: s.world.measureId, targetKind: "text", targetText: "資格取得" }),
      ),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "submitProxyPlan",
    file: FILE,
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    arrange: draft,
    act: (s, plan) => submitProxyPlan(s.actor, plan.planId, plan.version),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "confirmProxyEntry",
    file: FILE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: enteredOnBehalf,
    act: (s, plan) => confirmProxyEntry(s.actor, plan.planId, plan.version),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    // Called inside the owner's own edits: for anyone else it finds nothing to confirm.
    fn: "confirmByOwnerEdit",
    file: FILE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: enteredOnBehalf,
    act: async (s, plan) => {
      await db.$transaction((tx) => confirmByOwnerEdit(tx, s.actor, plan.planId));
      const confirmed = await db.developmentPlan.findUniqueOrThrow({ where: { id: plan.planId }, select: { proxyConfirmedAt: true } });
      // Someone else's edit confirms nothing: reported as the refusal it amounts to.
      if (!confirmed.proxyConfirmedAt) throw notFound("plan");
    },
    watch: (plan) => planWatch(plan.planId),
  }),
];
