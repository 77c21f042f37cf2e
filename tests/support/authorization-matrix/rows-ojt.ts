import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countOjtCoverage, youngTeamWhere } from "@/lib/year/ojt/count-ojt-coverage";
import { createOjtPlan } from "@/lib/year/ojt/create-ojt-plan";
import { findMyOjtPlan, findMyTrainees } from "@/lib/year/ojt/find-my-trainees";
import { findOjtOverview } from "@/lib/year/ojt/find-ojt-overview";
import { findTrainerOptions, getOjtTrainee, workSectionPath } from "@/lib/year/ojt/find-trainer-options";
import { hasRole } from "@/lib/platform/auth/roles";
import { getOjtPlan, ojtPlanMenuRole } from "@/lib/year/ojt/get-ojt-plan";
import { logOjtSession } from "@/lib/year/ojt/log-ojt-session";
import { markOjtGoal } from "@/lib/year/ojt/mark-ojt-goal";
import { goalMarkerWhere, resolveOjtAccess, sessionLoggerWhere, supervisedPlanWhere, trainedPlanWhere } from "@/lib/year/ojt/ojt-access";
import { updateOjtPlan } from "@/lib/year/ojt/update-ojt-plan";
import { __, type FunctionRow, IN, itself, listed, type Matrix, NF, NO, OK, OUT, OWN_LIST, row, SUPERVISOR_OF_SUBJECT, TEAM_LIST, YES, yes } from "./matrix";
import { makeOjtPlan, ojtWatch, personWatch } from "./records";
import type { Scene } from "./scenes";

/** Someone who works in the subject's section (else the world's trainer, who sits elsewhere). */
async function besideSubject(s: Scene): Promise<number> {
  const subject = await db.employee.findUniqueOrThrow({ where: { id: s.subject }, select: { unit: { select: { kind: true, path: true } } } });
  const section = workSectionPath(subject.unit);
  const mate = await db.employee.findFirst({
    where: { unit: { path: { startsWith: section } }, id: { notIn: [s.subject, s.actor.employeeId] } },
    select: { id: true },
  });
  return mate?.id ?? s.world.trainerId;
}

/**
 * OJT plans for young staff: lib/year/ojt. Besides the usual relations, `trainer`: the actor trains
 * the subject (who sits in another 局), the one relation that needs no role at all.
 */

const ALL = <T>(value: T) => [value, value, value, value, value] as const;
/** Everyone but the headquarters, who have no team and no bureau of their own (matrix.ts). */
const NOT_HQ = <T>(value: T) => [value, value, value, value, null] as const;

/** The subject's plan: the actor is its trainer in the trainer relation, its supervisor of record in the former one. */
const ojtOf = (s: Scene) =>
  makeOjtPlan(
    s,
    s.subject,
    s.relation === "trainer" ? s.actor.employeeId : s.world.trainerId,
    s.relation === "former" ? s.actor.employeeId : s.world.trainerId,
  );

const OJT_READ: Matrix = {
  own: ALL(OK),
  trainer: ALL(OK),
  team: [NF, OK, OK, OK, __],
  bureau: [NF, NF, OK, OK, __],
  other: [NF, NF, NF, OK, NF],
  former: [__, NF, __, __, __],
};
/** Sessions are the account of the two people who held them. */
const SESSION_LOGGERS: Matrix = { own: ALL(OK), trainer: ALL(OK), team: NOT_HQ(NF), bureau: NOT_HQ(NF), other: ALL(NF), former: [__, NF, __, __, __] };
/** Goals are marked by the trainer or the trainee's supervisor, not by the trainee. */
const GOAL_MARKERS: Matrix = { own: ALL(NF), trainer: ALL(OK), team: [NF, OK, NF, NF, __], bureau: NOT_HQ(NF), other: ALL(NF), former: [__, NF, __, __, __] };
/** The plan itself is the supervisor's to change. */
const PLAN_EDITORS: Matrix = { own: ALL(NF), trainer: ALL(NF), team: [NF, OK, NF, NF, __], bureau: NOT_HQ(NF), other: ALL(NF), former: [__, NF, __, __, __] };

const reaches = async (where: Prisma.OjtPlanWhereInput | null, ojtPlanId: number) =>
  where !== null && (await db.ojtPlan.count({ where: { AND: [{ id: ojtPlanId }, where] } })) > 0;

const goals = (s: Scene) => [{ period: "Q1" as const, measureId: s.world.measureId, goal: "窓口対応" }];

export const ojtRows: FunctionRow[] = [
  row({
    fn: "getOjtPlan",
    file: "lib/year/ojt/get-ojt-plan.ts",
    kind: "read",
    matrix: OJT_READ,
    arrange: ojtOf,
    act: (s, plan) => getOjtPlan(s.actor, plan.ojtPlanId),
    judge: (found, plan) => itself(found.plan.id === plan.ojtPlanId),
  }),
  row({
    fn: "ojtPlanMenuRole",
    file: "lib/year/ojt/get-ojt-plan.ts",
    kind: "read",
    // The menu a detail page belongs to: asked of the same read as the page, so it answers (and
    // refuses) exactly as the page does, and names a menu the reader has.
    matrix: OJT_READ,
    arrange: ojtOf,
    act: (s, plan) => ojtPlanMenuRole(s.actor, plan.ojtPlanId),
    judge: (menu, _plan, s) => itself(hasRole(s.actor, menu)),
  }),
  row({
    fn: "resolveOjtAccess",
    file: "lib/year/ojt/ojt-access.ts",
    kind: "read",
    matrix: OJT_READ,
    act: (s) =>
      resolveOjtAccess(s.actor, { traineeId: s.subject, trainerId: s.relation === "trainer" ? s.actor.employeeId : s.world.trainerId, traineeActive: true }),
  }),
  row({
    fn: "logOjtSession",
    file: "lib/year/ojt/log-ojt-session.ts",
    kind: "write",
    matrix: SESSION_LOGGERS,
    arrange: ojtOf,
    act: (s, plan) => logOjtSession(s.actor, plan.ojtPlanId, { heldOn: s.world.todayIso, minutes: 30, topic: "電話対応", learnt: "", nextStep: "" }),
    watch: (plan) => ojtWatch(plan.ojtPlanId),
  }),
  row({
    fn: "markOjtGoal",
    file: "lib/year/ojt/mark-ojt-goal.ts",
    kind: "write",
    matrix: GOAL_MARKERS,
    arrange: ojtOf,
    act: (s, plan) => markOjtGoal(s.actor, plan.ojtPlanId, { goalId: plan.goalId, version: plan.version, achieved: true }),
    watch: (plan) => ojtWatch(plan.ojtPlanId),
  }),
  row({
    fn: "updateOjtPlan",
    file: "lib/year/ojt/update-ojt-plan.ts",
    kind: "write",
    matrix: PLAN_EDITORS,
    arrange: ojtOf,
    act: (s, plan) =>
      updateOjtPlan(s.actor, plan.ojtPlanId, {
        version: plan.version,
        trainerId: s.world.trainerId,
        aim: "書き換えた狙い",
        completed: false,
        goals: [{ id: plan.goalId, period: "Q1", measureId: s.world.measureId, goal: "窓口対応", achieved: false }],
      }),
    watch: (plan) => ojtWatch(plan.ojtPlanId),
  }),
  row({
    fn: "createOjtPlan",
    file: "lib/year/ojt/create-ojt-plan.ts",
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    act: (s) => createOjtPlan(s.actor, { traineeId: s.subject, trainerId: s.world.trainerId, fiscalYear: s.world.fy, aim: "", goals: goals(s) }),
    watch: (_, s) => personWatch(s.subject),
  }),
  row({
    fn: "findMyTrainees",
    file: "lib/year/ojt/find-my-trainees.ts",
    kind: "read",
    matrix: { own: ALL(OUT), trainer: ALL(IN), team: NOT_HQ(OUT), bureau: NOT_HQ(OUT), other: ALL(OUT), former: [__, OUT, __, __, __] },
    arrange: ojtOf,
    act: (s) => findMyTrainees(s.actor, s.world.fy),
    judge: (rows, plan) => listed(rows.some((entry) => entry.ojtPlanId === plan.ojtPlanId)),
  }),
  row({
    fn: "findMyOjtPlan",
    file: "lib/year/ojt/find-my-trainees.ts",
    kind: "read",
    matrix: { ...OWN_LIST, trainer: ALL(OUT) },
    arrange: ojtOf,
    act: (s) => findMyOjtPlan(s.actor, s.world.fy),
    judge: (found, plan) => listed(found?.ojtPlanId === plan.ojtPlanId),
  }),
  row({
    fn: "findOjtOverview",
    file: "lib/year/ojt/find-ojt-overview.ts",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: ojtOf,
    act: (s) => findOjtOverview(s.actor, s.world.fy),
    judge: (overview, plan) => listed(overview.members.some((member) => member.plan?.id === plan.ojtPlanId)),
  }),
  row({
    fn: "findTrainerOptions",
    file: "lib/year/ojt/find-trainer-options.ts",
    kind: "read",
    // The supervisor's team and the supervisor themselves. Trainers are offered from the
    // trainee's own section, so the trainee here is someone who works beside the subject.
    matrix: { ...TEAM_LIST, own: [NF, IN, NF, NF, NF] },
    act: async (s) => findTrainerOptions(s.actor, await besideSubject(s)),
    judge: (options, _a, s) => listed(options.some((option) => option.id === s.subject)),
  }),
  row({
    fn: "getOjtTrainee",
    file: "lib/year/ojt/find-trainer-options.ts",
    kind: "read",
    matrix: SUPERVISOR_OF_SUBJECT,
    act: (s) => getOjtTrainee(s.actor, s.subject, s.world.fy),
    judge: (trainee, _a, s) => itself(trainee.id === s.subject),
  }),
  row({
    fn: "countOjtCoverage",
    file: "lib/year/ojt/count-ojt-coverage.ts",
    kind: "read",
    matrix: { none: [NF, OK, NF, NF, NF] },
    act: (s) => countOjtCoverage(s.actor, s.world.fy),
  }),
  row({
    fn: "youngTeamWhere",
    file: "lib/year/ojt/count-ojt-coverage.ts",
    kind: "helper",
    matrix: { own: [NF, NO, NF, NF, NF], team: [NF, YES, NF, NF, __], bureau: [NF, NO, NF, NF, __], other: [NF, NO, NF, NF, NF], former: [__, NO, __, __, __] },
    act: async (s) => (await db.employee.count({ where: { AND: [{ id: s.subject }, await youngTeamWhere(s.actor)] } })) > 0,
    judge: (found) => yes(found),
  }),
  ...(
    [
      [
        "supervisedPlanWhere",
        supervisedPlanWhere,
        { own: ALL(NO), trainer: ALL(NO), team: [NO, YES, NO, NO, __], bureau: NOT_HQ(NO), other: ALL(NO), former: [__, NO, __, __, __] },
      ],
      [
        "trainedPlanWhere",
        trainedPlanWhere,
        { own: ALL(NO), trainer: ALL(YES), team: NOT_HQ(NO), bureau: NOT_HQ(NO), other: ALL(NO), former: [__, NO, __, __, __] },
      ],
      [
        "goalMarkerWhere",
        goalMarkerWhere,
        { own: ALL(NO), trainer: ALL(YES), team: [NO, YES, NO, NO, __], bureau: NOT_HQ(NO), other: ALL(NO), former: [__, NO, __, __, __] },
      ],
      [
        "sessionLoggerWhere",
        sessionLoggerWhere,
        { own: ALL(YES), trainer: ALL(YES), team: NOT_HQ(NO), bureau: NOT_HQ(NO), other: ALL(NO), former: [__, NO, __, __, __] },
      ],
    ] as const
  ).map(([fn, where, matrix]) =>
    row({
      fn,
      file: "lib/year/ojt/ojt-access.ts",
      kind: "helper",
      matrix,
      arrange: ojtOf,
      act: (s, plan) => reaches(where(s.actor), plan.ojtPlanId),
      judge: (found) => yes(found),
    }),
  ),
];
