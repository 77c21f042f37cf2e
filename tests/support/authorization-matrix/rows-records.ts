import { findCareerInterviewsHeld } from "@/lib/records/find-career-interviews-held";
import { findOjtSessionsReceived } from "@/lib/records/find-ojt-sessions-received";
import { findQualificationRecords } from "@/lib/records/find-qualification-records";
import { findRecordYears } from "@/lib/records/find-record-years";
import { findTrainingRecords } from "@/lib/records/find-training-records";
import { resolveRecordHolder } from "@/lib/records/record-holder";
import { qualificationInputSchema, trainingInputSchema } from "@/lib/records/schemas";
import { summariseTrainingHours } from "@/lib/records/summarise-training-hours";
import { collectOwnRecords, collectOwnYear } from "@/lib/records/disclosure/collect-own-records";
import {
  createQualificationRecord,
  deleteQualificationRecord,
  findOwnQualificationRecord,
  updateQualificationRecord,
} from "@/lib/records/qualification-records";
import { createTrainingRecord, deleteTrainingRecord, findOwnTrainingRecord, updateTrainingRecord } from "@/lib/records/training-records";
import { db } from "@/lib/platform/db/client";
import { EVERYONE, type FunctionRow, itself, listed, NO, OWN_LIST, OWNER_ONLY, PERSONAL_READ, row, yes } from "./matrix";
import { makeInterview, makeOjtPlan, makeOjtSession, makePlan, makeQualification, makeTraining, personWatch, type Watch } from "./records";
import type { Scene } from "./scenes";

/** Trainings, qualifications and what the employee reads of their year (lib/records), and their disclosure request (lib/records/disclosure). */

const trainingInput = (scene: Scene) =>
  trainingInputSchema.parse({
    fiscalYear: scene.world.fy,
    programmeName: "新任研修",
    kind: "INSTITUTE",
    startOn: `${scene.world.fy}-06-01`,
    endOn: `${scene.world.fy}-06-02`,
    hours: "7",
  });
const qualificationInput = (scene: Scene) => qualificationInputSchema.parse({ name: "社会福祉士", obtainedOn: `${scene.world.fy}-06-01` });

const trainingWatch = (id: number): Watch[] => [["training_record", "id", id]];
const qualificationWatch = (id: number): Watch[] => [["qualification_record", "id", id]];

export const recordRows: FunctionRow[] = [
  row({
    fn: "createTrainingRecord",
    file: "lib/records/training-records.ts",
    kind: "write",
    // No subject parameter: the record is always the actor's own, whoever they are.
    matrix: EVERYONE,
    act: async (s) => {
      const created = await createTrainingRecord(s.actor, trainingInput(s));
      const stored = await db.trainingRecord.findUniqueOrThrow({ where: { id: created.id }, select: { employeeId: true } });
      if (stored.employeeId !== s.actor.employeeId) throw new Error("the training record went to someone else");
    },
    watch: (_, s) => personWatch(s.actor.employeeId),
  }),
  row({
    fn: "createQualificationRecord",
    file: "lib/records/qualification-records.ts",
    kind: "write",
    matrix: EVERYONE,
    act: async (s) => {
      const created = await createQualificationRecord(s.actor, qualificationInput(s));
      const stored = await db.qualificationRecord.findUniqueOrThrow({ where: { id: created.id }, select: { employeeId: true } });
      if (stored.employeeId !== s.actor.employeeId) throw new Error("the qualification record went to someone else");
    },
    watch: (_, s) => personWatch(s.actor.employeeId),
  }),
  row({
    fn: "updateTrainingRecord",
    file: "lib/records/training-records.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s, r) => updateTrainingRecord(s.actor, r.id, r.version, trainingInput(s)),
    watch: (r) => trainingWatch(r.id),
  }),
  row({
    fn: "deleteTrainingRecord",
    file: "lib/records/training-records.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s, r) => deleteTrainingRecord(s.actor, r.id, r.version),
    watch: (r) => trainingWatch(r.id),
  }),
  row({
    fn: "updateQualificationRecord",
    file: "lib/records/qualification-records.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: (s) => makeQualification(s, s.subject),
    act: (s, r) => updateQualificationRecord(s.actor, r.id, r.version, qualificationInput(s)),
    watch: (r) => qualificationWatch(r.id),
  }),
  row({
    fn: "deleteQualificationRecord",
    file: "lib/records/qualification-records.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: (s) => makeQualification(s, s.subject),
    act: (s, r) => deleteQualificationRecord(s.actor, r.id, r.version),
    watch: (r) => qualificationWatch(r.id),
  }),
  row({
    fn: "findOwnTrainingRecord",
    file: "lib/records/training-records.ts",
    kind: "read",
    // The edit page's read: the owner's alone, as the writes it leads to.
    matrix: OWNER_ONLY,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s, r) => findOwnTrainingRecord(s.actor, r.id),
    judge: (record, r) => itself(record.id === r.id),
  }),
  row({
    fn: "findOwnQualificationRecord",
    file: "lib/records/qualification-records.ts",
    kind: "read",
    matrix: OWNER_ONLY,
    arrange: (s) => makeQualification(s, s.subject),
    act: (s, r) => findOwnQualificationRecord(s.actor, r.id),
    judge: (record, r) => itself(record.id === r.id),
  }),
  row({
    fn: "findTrainingRecords",
    file: "lib/records/find-training-records.ts",
    kind: "read",
    matrix: PERSONAL_READ,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s) => findTrainingRecords(s.actor, { employeeId: s.subject, fiscalYear: s.world.fy }),
    judge: (list, r) => itself(list.some((entry) => entry.id === r.id)),
  }),
  row({
    fn: "findQualificationRecords",
    file: "lib/records/find-qualification-records.ts",
    kind: "read",
    matrix: PERSONAL_READ,
    arrange: (s) => makeQualification(s, s.subject),
    act: (s) => findQualificationRecords(s.actor, { employeeId: s.subject, fiscalYear: s.world.fy }),
    judge: (list, r) => itself(list.some((entry) => entry.id === r.id)),
  }),
  row({
    fn: "summariseTrainingHours",
    file: "lib/records/summarise-training-hours.ts",
    kind: "read",
    matrix: PERSONAL_READ,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s) => summariseTrainingHours(s.actor, s.subject, s.world.fy),
    judge: (summary) => itself(summary.thisYear === 2),
  }),
  row({
    fn: "resolveRecordHolder",
    file: "lib/records/record-holder.ts",
    kind: "read",
    matrix: PERSONAL_READ,
    act: (s) => resolveRecordHolder(s.actor, s.subject, { records: "training", fiscalYear: s.world.fy }),
    judge: (holder, _a, s) => itself(holder === s.subject),
  }),
  row({
    fn: "findRecordYears",
    file: "lib/records/find-record-years.ts",
    kind: "read",
    // No subject parameter: the actor's own years. A year only the subject has must not appear.
    matrix: OWN_LIST,
    arrange: (s) => makeTraining(s, s.subject, 3000 + s.n),
    act: (s) => findRecordYears(s.actor),
    judge: (years, _r, s) => listed(years.includes(3000 + s.n)),
  }),
  row({
    fn: "findCareerInterviewsHeld",
    file: "lib/records/find-career-interviews-held.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: (s) => makeInterview(s, s.subject, s.world.trainerId),
    act: (s) => findCareerInterviewsHeld(s.actor, s.world.fy),
    judge: (list, i) => listed(list.some((entry) => entry.id === i.interviewId)),
  }),
  row({
    fn: "findOjtSessionsReceived",
    file: "lib/records/find-ojt-sessions-received.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: async (s) => {
      const plan = await makeOjtPlan(s, s.subject, s.world.trainerId, s.world.trainerId);
      return makeOjtSession(s, plan.ojtPlanId);
    },
    act: (s) => findOjtSessionsReceived(s.actor, s.world.fy),
    judge: (list, session) => listed(list.some((entry) => entry.id === session.id)),
  }),
  row({
    fn: "collectOwnRecords",
    file: "lib/records/disclosure/collect-own-records.ts",
    kind: "read",
    // No subject parameter: the actor's own records, whatever roles they hold — never the subject's.
    matrix: OWN_LIST,
    arrange: (s) => makePlan(s, s.subject),
    act: (s) => collectOwnRecords(s.actor),
    judge: (records, plan) => listed(records.plans.some((entry) => entry.id === plan.planId)),
  }),
  row({
    fn: "collectOwnYear",
    file: "lib/records/disclosure/collect-own-records.ts",
    kind: "read",
    // The year is the only parameter: the actor's own records of it, never the subject's.
    matrix: OWN_LIST,
    arrange: (s) => makePlan(s, s.subject),
    act: (s) => collectOwnYear(s.actor, s.world.fy),
    judge: (records, plan) => listed(records.plans.some((entry) => entry.id === plan.planId)),
  }),
  row({
    fn: "collectOwnRecords",
    file: "lib/records/disclosure/collect-own-records.ts",
    variant: "supervisor's private notes included",
    kind: "read",
    // The supervisor's private notes on the employee's interview are not the employee's record.
    matrix: { own: [NO, NO, NO, NO, NO] },
    arrange: (s) => makeInterview(s, s.subject, s.world.trainerId),
    act: (s) => collectOwnRecords(s.actor),
    judge: (records, interview) =>
      records.interviews.some((entry) => entry.id === interview.interviewId) ? yes(JSON.stringify(records).includes("非公開メモ")) : listed(false),
  }),
];
