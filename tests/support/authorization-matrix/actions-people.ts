import { decideInterviewActionAction, recordInterviewAction, updateInterviewAction } from "@/lib/year/interviews/interview-actions";
import { logOjtSessionAction, markOjtGoalAction, updateOjtPlanAction } from "@/lib/year/ojt/ojt-plan-actions";
import { createOjtPlanAction } from "@/lib/year/ojt/new-ojt-plan-actions";
import { db } from "@/lib/platform/db/client";
import { actionRow, type ActionRow, by, missing, signedOut, stale, tampered } from "./action-matrix";
import { interviewWatch, makeInterview, makeOjtPlan, ojtWatch, personWatch } from "./records";
import type { Scene } from "./scenes";

/** Career interviews (app/(portal)/interviews) and OJT (app/(portal)/ojt, app/(portal)/team/ojt/new). */

const INITIAL = { ok: false, fieldErrors: {} };
const INTERVIEWS = "lib/year/interviews/interview-actions.ts";
const OJT = "lib/year/ojt/ojt-plan-actions.ts";

/** The subject's OJT plan; in the trainer relation the actor trains it, in the former one they supervised it. */
const ojtOf = (s: Scene) =>
  makeOjtPlan(
    s,
    s.subject,
    s.relation === "trainer" ? s.actor.employeeId : s.world.trainerId,
    s.relation === "former" ? s.actor.employeeId : s.world.trainerId,
  );
type Ojt = Awaited<ReturnType<typeof ojtOf>>;
const goalFields = (s: Scene, prefix = "goals.0") => ({
  [`${prefix}.period`]: "Q1",
  [`${prefix}.measureId`]: String(s.world.measureId),
  [`${prefix}.goal`]: "窓口対応",
});

export const peopleActionRows: ActionRow[] = [
  actionRow({
    action: "recordInterviewAction",
    file: INTERVIEWS,
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("supervisor", "own", "notFound"),
      by("supervisor", "other", "notFound"),
      by("supervisor", "former", "notFound"),
      by("employee", "team", "notFound"),
      by("coordinator", "bureau", "notFound"),
      by("hr", "other", "notFound"),
      missing("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    form: (s) => ({ employeeId: String(s.subject), heldOn: s.world.todayIso, kind: "MID_YEAR", sharedNotes: "次の一年" }),
    idField: "employeeId",
    tamper: (s) => ({ supervisorId: String(s.world.trainerId), version: "7" }),
    landed: async (s) =>
      (await db.careerInterview.count({ where: { employeeId: s.subject, OR: [{ supervisorId: { not: s.actor.employeeId } }, { version: { not: 1 } }] } })) > 0,
    invoke: (form) => recordInterviewAction(INITIAL, form),
    watch: (_, s) => personWatch(s.subject),
  }),
  actionRow({
    action: "updateInterviewAction",
    file: INTERVIEWS,
    // The interview names the actor as its interviewer in every case; only a supervisor of the member today edits it.
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("supervisor", "former", "notFound"),
      by("supervisor", "bureau", "notFound"),
      by("employee", "team", "notFound"),
      by("coordinator", "bureau", "notFound"),
      missing("supervisor", "team"),
      stale("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    arrange: (s) => makeInterview(s, s.subject, s.actor.employeeId),
    form: (s, i) => ({ interviewId: String(i.interviewId), version: String(i.version), heldOn: s.world.todayIso, kind: "MID_YEAR", agenda: "書き直した" }),
    idField: "interviewId",
    versionField: "version",
    tamper: (s) => ({ employeeId: String(s.world.trainerId), supervisorId: String(s.world.trainerId) }),
    landed: async (s, i) =>
      (await db.careerInterview.count({
        where: { id: i.interviewId, OR: [{ employeeId: { not: s.subject } }, { supervisorId: { not: s.actor.employeeId } }] },
      })) > 0,
    invoke: (form) => updateInterviewAction(INITIAL, form),
    watch: (i) => interviewWatch(i.interviewId),
  }),
  actionRow({
    action: "decideInterviewActionAction",
    file: INTERVIEWS,
    cases: [
      signedOut("employee", "own"),
      by("employee", "own", "ok"),
      by("employee", "team", "notFound"),
      by("supervisor", "team", "notFound"),
      by("hr", "other", "notFound"),
      missing("employee", "own"),
    ],
    arrange: (s) => makeInterview(s, s.subject, s.world.trainerId),
    form: (_, i) => ({ actionId: String(i.actionIds[0] ?? -1), interviewId: String(i.interviewId), decision: "decline" }),
    idField: "actionId",
    invoke: (form) => decideInterviewActionAction(INITIAL, form),
    watch: (i) => interviewWatch(i.interviewId),
  }),
  actionRow({
    action: "createOjtPlanAction",
    file: "lib/year/ojt/new-ojt-plan-actions.ts",
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("supervisor", "other", "notFound"),
      by("supervisor", "former", "notFound"),
      by("employee", "team", "notFound"),
      by("coordinator", "bureau", "notFound"),
      by("hr", "other", "notFound"),
      missing("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    form: (s) => ({ traineeId: String(s.subject), trainerId: String(s.world.trainerId), fiscalYear: String(s.world.fy), aim: "独り立ち", ...goalFields(s) }),
    idField: "traineeId",
    tamper: (s) => ({ supervisorId: String(s.world.trainerId), completed: "on", version: "9", "goals.0.achieved": "on" }),
    landed: async (s) =>
      (await db.ojtPlan.count({
        where: {
          traineeId: s.subject,
          OR: [{ supervisorId: { not: s.actor.employeeId } }, { completed: true }, { version: { not: 1 } }, { goalItems: { some: { achieved: true } } }],
        },
      })) > 0,
    invoke: (form) => createOjtPlanAction(INITIAL, form),
    watch: (_, s) => personWatch(s.subject),
  }),
  actionRow({
    action: "updateOjtPlanAction",
    file: OJT,
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("supervisor", "former", "notFound"),
      by("employee", "trainer", "notFound"),
      by("employee", "own", "notFound"),
      by("coordinator", "bureau", "notFound"),
      by("hr", "other", "notFound"),
      missing("supervisor", "team"),
      stale("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    arrange: ojtOf,
    form: (s, plan: Ojt) => ({
      ojtPlanId: String(plan.ojtPlanId),
      version: String(plan.version),
      trainerId: String(s.world.trainerId),
      aim: "書き直した",
      "goals.0.id": String(plan.goalId),
      ...goalFields(s),
    }),
    idField: "ojtPlanId",
    versionField: "version",
    tamper: (s) => ({ traineeId: String(s.world.trainerId), supervisorId: String(s.world.trainerId), fiscalYear: "2030" }),
    landed: async (s, plan) => (await db.ojtPlan.count({ where: { id: plan.ojtPlanId, traineeId: s.subject, fiscalYear: s.world.fy } })) === 0,
    invoke: (form) => updateOjtPlanAction(INITIAL, form),
    watch: (plan) => ojtWatch(plan.ojtPlanId),
  }),
  actionRow({
    action: "markOjtGoalAction",
    file: OJT,
    cases: [
      signedOut("employee", "trainer"),
      by("employee", "trainer", "ok"),
      by("supervisor", "team", "ok"),
      by("employee", "own", "notFound"),
      by("coordinator", "bureau", "notFound"),
      by("hr", "other", "notFound"),
      missing("employee", "trainer"),
    ],
    arrange: ojtOf,
    form: (_, plan: Ojt) => ({ ojtPlanId: String(plan.ojtPlanId), goalId: String(plan.goalId), version: String(plan.version), achieved: "on" }),
    idField: "ojtPlanId",
    invoke: (form) => markOjtGoalAction(INITIAL, form),
    watch: (plan) => ojtWatch(plan.ojtPlanId),
  }),
  actionRow({
    action: "logOjtSessionAction",
    file: OJT,
    cases: [
      signedOut("employee", "own"),
      by("employee", "own", "ok"),
      by("employee", "trainer", "ok"),
      by("supervisor", "team", "notFound"),
      by("hr", "other", "notFound"),
      missing("employee", "own"),
      tampered("employee", "own"),
    ],
    arrange: ojtOf,
    form: (s, plan: Ojt) => ({ ojtPlanId: String(plan.ojtPlanId), heldOn: s.world.todayIso, minutes: "30", topic: "電話対応" }),
    idField: "ojtPlanId",
    tamper: (s) => ({ recordedById: String(s.world.trainerId), ojtPlanIdx: "1" }),
    landed: async (s, plan) => (await db.ojtSession.count({ where: { ojtPlanId: plan.ojtPlanId, recordedById: { not: s.actor.employeeId } } })) > 0,
    invoke: (form) => logOjtSessionAction(INITIAL, form),
    watch: (plan) => ojtWatch(plan.ojtPlanId),
  }),
];
