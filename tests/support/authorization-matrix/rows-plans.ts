import { db } from "@/lib/platform/db/client";
import { countPlansToReview, findPlanHistory, findReviewQueue } from "@/lib/year/plans/find-plans";
import { getMyYear } from "@/lib/year/plans/get-my-year";
import { hasRole } from "@/lib/platform/auth/roles";
import { findOwnPlan, getPlanDetail, planMenuRole, planReading } from "@/lib/year/plans/get-plan-detail";
import { resolvePlanAccess } from "@/lib/year/plans/plan-access";
import { approvePlan, approvePlanChanges, commentOnPlan, returnPlan, returnPlanChanges } from "@/lib/year/plans/review-plan";
import { startOwnPlan, startOwnPlanInTx } from "@/lib/year/plans/start-own-plan";
import { submitPlan, submitPlanChanges, withdrawPlan, withdrawPlanChanges } from "@/lib/year/plans/submit-plan";
import { updatePlanContent, updateReflection } from "@/lib/year/plans/update-plan";
import {
  CONFIDENTIAL_SHOWN,
  EVERYONE,
  type FunctionRow,
  itself,
  listed,
  OWN_LIST,
  OWNER_ONLY,
  PERSONAL_READ,
  PERSONAL_READ_BESIDE,
  row,
  SUPERVISOR_OF_SUBJECT,
  TEAM_LIST,
  YES,
  yes,
} from "./matrix";
import { makePlan, personWatch, planWatch } from "./records";

/** Development plans (育成計画): lib/year/plans. */

const FIND = "lib/year/plans/find-plans.ts";
const DETAIL = "lib/year/plans/get-plan-detail.ts";
const REVIEW = "lib/year/plans/review-plan.ts";
const START = "lib/year/plans/start-own-plan.ts";
const SUBMIT = "lib/year/plans/submit-plan.ts";
const UPDATE = "lib/year/plans/update-plan.ts";

const submitted = (scene: Parameters<typeof makePlan>[0]) => makePlan(scene, scene.subject, { status: "SUBMITTED", commitments: ["SUBMITTED"] });
const draft = (scene: Parameters<typeof makePlan>[0]) => makePlan(scene, scene.subject, { status: "DRAFT", commitments: ["DRAFT"] });
/** An approved plan whose owner changed it during the year: the changes written, or sent for review. */
const changesWritten = (scene: Parameters<typeof makePlan>[0]) =>
  makePlan(scene, scene.subject, { status: "APPROVED", commitments: ["DRAFT"], changes: "written" });
const changesSubmitted = (scene: Parameters<typeof makePlan>[0]) =>
  makePlan(scene, scene.subject, { status: "APPROVED", commitments: ["SUBMITTED"], changes: "submitted" });

export const planRows: FunctionRow[] = [
  row({
    fn: "findReviewQueue",
    file: FIND,
    kind: "read",
    matrix: TEAM_LIST,
    arrange: submitted,
    act: (s) => findReviewQueue(s.actor),
    judge: (queue, plan) => listed(queue.plans.some((entry) => entry.id === plan.planId)),
  }),
  row({
    fn: "findReviewQueue",
    file: FIND,
    variant: "changes of an approved plan",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: changesSubmitted,
    act: (s) => findReviewQueue(s.actor),
    judge: (queue, plan) => listed(queue.plans.some((entry) => entry.id === plan.planId)),
  }),
  row({
    fn: "countPlansToReview",
    file: FIND,
    variant: "changes of an approved plan",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: async (s) => {
      const before = await countPlansToReview(s.actor).catch(() => 0);
      return { before, plan: await changesSubmitted(s) };
    },
    act: (s) => countPlansToReview(s.actor),
    judge: (count, arranged) => listed(count === arranged.before + 1),
  }),
  row({
    // The count beside the queue: one more once the subject's plan waits, if it is the actor's to review.
    fn: "countPlansToReview",
    file: FIND,
    kind: "read",
    matrix: TEAM_LIST,
    arrange: async (s) => {
      const before = await countPlansToReview(s.actor).catch(() => 0);
      return { before, plan: await submitted(s) };
    },
    act: (s) => countPlansToReview(s.actor),
    judge: (count, arranged) => listed(count === arranged.before + 1),
  }),
  row({
    fn: "findPlanHistory",
    file: FIND,
    kind: "read",
    matrix: PERSONAL_READ,
    arrange: draft,
    act: (s) => findPlanHistory(s.actor, s.subject),
    judge: (history, plan) => itself(history.some((entry) => entry.id === plan.planId)),
  }),
  row({
    fn: "getPlanDetail",
    file: DETAIL,
    variant: "with the previous year",
    kind: "read",
    matrix: PERSONAL_READ_BESIDE,
    arrange: async (s) => ({ previous: await makePlan(s, s.subject, { fiscalYear: s.world.fy - 1 }), current: await draft(s) }),
    act: (s, plans) => getPlanDetail(s.actor, plans.current.planId, { withPrevious: true }),
    judge: (detail, plans) => itself(detail.previous?.id === plans.previous.planId),
  }),
  row({
    fn: "getMyYear",
    file: "lib/year/plans/get-my-year.ts",
    kind: "read",
    // No subject parameter: the actor's own year. The subject's plan must never show up in it.
    matrix: OWN_LIST,
    arrange: draft,
    act: (s) => getMyYear(s.actor, s.world.fy, s.world.today),
    judge: (year, plan) => listed(year.plan?.id === plan.planId),
  }),
  row({
    fn: "getPlanDetail",
    file: DETAIL,
    kind: "read",
    matrix: PERSONAL_READ_BESIDE,
    arrange: draft,
    act: (s, plan) => getPlanDetail(s.actor, plan.planId),
    judge: (detail, plan) => itself(detail.plan.id === plan.planId),
  }),
  row({
    fn: "planReading",
    file: DETAIL,
    kind: "read",
    // Which plan and the reader's access, shared in a request by the page, the menu and the
    // year-end ratings: it refuses exactly as the page does, and names the plan asked for.
    matrix: PERSONAL_READ_BESIDE,
    arrange: draft,
    act: (s, plan) => planReading(s.actor, plan.planId),
    judge: (reading, plan) => itself(reading.owner.id === plan.planId),
  }),
  row({
    fn: "planMenuRole",
    file: DETAIL,
    kind: "read",
    // The menu a detail page belongs to: asked of the same read as the page, so it answers (and
    // refuses) exactly as the page does, and names a menu the reader has.
    matrix: PERSONAL_READ_BESIDE,
    arrange: draft,
    act: (s, plan) => planMenuRole(s.actor, plan.planId),
    judge: (menu, _plan, s) => itself(hasRole(s.actor, menu)),
  }),
  row({
    fn: "getPlanDetail",
    file: DETAIL,
    variant: "transfer wishes shown",
    kind: "read",
    // 異動希望 are for the owner, the supervisors above them and HR only: the coordinator, a
    // co-supervisor of the 係 the owner leads and a subordinate read the plan without them.
    matrix: { own: [YES, YES, YES, YES, YES], ...CONFIDENTIAL_SHOWN },
    arrange: draft,
    act: (s, plan) => getPlanDetail(s.actor, plan.planId),
    judge: (detail) => yes(detail.plan.transferWishFields !== null),
  }),
  row({
    fn: "findOwnPlan",
    file: DETAIL,
    kind: "read",
    matrix: OWN_LIST,
    arrange: draft,
    act: (s) => findOwnPlan(s.actor, s.world.fy),
    judge: (found, plan) => listed(found?.plan.id === plan.planId),
  }),
  row({
    fn: "resolvePlanAccess",
    file: "lib/year/plans/plan-access.ts",
    kind: "read",
    matrix: PERSONAL_READ_BESIDE,
    act: (s) => resolvePlanAccess(s.actor, s.subject),
  }),
  ...(
    [
      ["approvePlan", (s, plan) => approvePlan(s.actor, plan.planId, plan.version, "良い計画です。")],
      ["returnPlan", (s, plan) => returnPlan(s.actor, plan.planId, plan.version, "具体的に。")],
      ["commentOnPlan", (s, plan) => commentOnPlan(s.actor, plan.planId, "一言。")],
    ] as const satisfies readonly (readonly [string, (s: Parameters<typeof makePlan>[0], plan: Awaited<ReturnType<typeof makePlan>>) => Promise<unknown>])[]
  ).map(([fn, act]) =>
    row({ fn, file: REVIEW, kind: "write", matrix: SUPERVISOR_OF_SUBJECT, arrange: submitted, act, watch: (plan) => planWatch(plan.planId) }),
  ),
  ...(
    [
      ["approvePlanChanges", (s, plan) => approvePlanChanges(s.actor, plan.planId, plan.version, "変更を承認します。")],
      ["returnPlanChanges", (s, plan) => returnPlanChanges(s.actor, plan.planId, plan.version, "変更の理由を書いてください。")],
    ] as const satisfies readonly (readonly [string, (s: Parameters<typeof makePlan>[0], plan: Awaited<ReturnType<typeof makePlan>>) => Promise<unknown>])[]
  ).map(([fn, act]) =>
    row({ fn, file: REVIEW, kind: "write", matrix: SUPERVISOR_OF_SUBJECT, arrange: changesSubmitted, act, watch: (plan) => planWatch(plan.planId) }),
  ),
  row({
    fn: "submitPlanChanges",
    file: SUBMIT,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: changesWritten,
    act: (s, plan) => submitPlanChanges(s.actor, plan.planId, plan.version),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "withdrawPlanChanges",
    file: SUBMIT,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: changesSubmitted,
    act: (s, plan) => withdrawPlanChanges(s.actor, plan.planId, plan.version),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "startOwnPlan",
    file: START,
    kind: "write",
    // No subject parameter: it opens the actor's own plan, which every member of staff has.
    matrix: EVERYONE,
    act: (s) => startOwnPlan(s.actor, s.world.fy),
    watch: (_, s) => personWatch(s.actor.employeeId),
  }),
  row({
    fn: "startOwnPlanInTx",
    file: START,
    kind: "write",
    matrix: EVERYONE,
    act: (s) => db.$transaction((tx) => startOwnPlanInTx(tx, s.actor, s.world.fy + 1)),
    watch: (_, s) => personWatch(s.actor.employeeId),
  }),
  row({
    fn: "submitPlan",
    file: SUBMIT,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draft,
    act: (s, plan) => submitPlan(s.actor, plan.planId, plan.version),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "withdrawPlan",
    file: SUBMIT,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: submitted,
    act: (s, plan) => withdrawPlan(s.actor, plan.planId, plan.version),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "updatePlanContent",
    file: UPDATE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draft,
    act: (s, plan) =>
      updatePlanContent(s.actor, plan.planId, {
        version: plan.version,
        visionNow: "書き換えた",
        vision3Years: "",
        vision10Years: "",
        transferWishFields: "",
        transferWishComment: "",
        images: [],
      }),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "updateReflection",
    file: UPDATE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: draft,
    act: (s, plan) => updateReflection(s.actor, plan.planId, { version: plan.version, reflection: "書き換えた振り返り" }),
    watch: (plan) => planWatch(plan.planId),
  }),
];
