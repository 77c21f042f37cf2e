import {
  createCommitmentAction,
  dropCommitmentAction,
  recordCommitmentProgressAction,
  recordMetricSnapshotAction,
  reviewCommitmentAction,
  submitCommitmentAction,
  updateCommitmentAction,
  withdrawCommitmentAction,
} from "@/lib/year/commitments/commitment-actions";
import { db } from "@/lib/platform/db/client";
import type { CommitmentMetric, CommitmentStatus } from "@/lib/generated/prisma/enums";
import { type ActionCase, actionRow, type ActionRow, by, missing, NO_SUCH_ID, signedOut, stale, tampered } from "./action-matrix";
import { commitmentWatch, makeCommitment } from "./records";
import type { Scene } from "./scenes";

/**
 * Team, bureau and city commitments (app/(portal)/commitments), on team commitments: the
 * supervisor of the unit owns them, the coordinator of the bureau reviews them. The level of an
 * existing commitment is the row's, never the form's; only creating one names a level.
 */

const FILE = "lib/year/commitments/commitment-actions.ts";
const INITIAL = { ok: false, fieldErrors: {} };

type Team = { commitmentId: number; version: number };
const teamCommitment =
  (status: CommitmentStatus, metric: CommitmentMetric = "MANUAL") =>
  (s: Scene) =>
    makeCommitment(s, { level: "TEAM", ownerUnitId: s.teamUnit.id, status, metric });
const ref = (_s: Scene, c: Team) => ({ commitmentId: String(c.commitmentId), version: String(c.version) });
const goal = (s: Scene) => ({ title: "全員と面談", measureId: String(s.world.measureId), targetKind: "text", targetText: "全員", metric: "MANUAL" });
const watch = (c: Team) => commitmentWatch(c.commitmentId);

/** The owner's operations: their unit's supervisor; not a supervisor elsewhere, not the reviewer. */
const OWNER_CASES: ActionCase[] = [
  signedOut("supervisor", "team"),
  by("supervisor", "team", "ok"),
  by("supervisor", "bureau", "notFound"),
  by("coordinator", "team", "notFound"),
  by("employee", "team", "notFound"),
  missing("supervisor", "team"),
];

/** Fields an owner's request must never set: the level, the owning unit, the state, the year. */
const COMMITMENT_TAMPER = (s: Scene) => ({
  level: "CITY",
  ownerUnitId: String(s.world.a.id),
  status: "APPROVED",
  fiscalYear: "2030",
  createdById: String(s.world.trainerId),
  progressPercent: "100",
});
const kept = (s: Scene, c: Team, status: CommitmentStatus) =>
  db.commitment.count({
    where: { id: c.commitmentId, level: "TEAM", ownerUnitId: s.teamUnit.id, status, fiscalYear: s.world.fy, createdById: s.world.trainerId },
  });

export const commitmentActionRows: ActionRow[] = [
  actionRow({
    action: "createCommitmentAction",
    file: FILE,
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      // A unit the supervisor does not lead is a wrong choice in the form (INVALID_INPUT on unitId).
      by("supervisor", "other", "invalid"),
      by("employee", "team", "notFound"),
      by("coordinator", "team", "notFound"),
      // The level is the one field a new commitment takes from the form: one the actor does not own is not found.
      by("supervisor", "team", "notFound", { level: "CITY" }),
      by("supervisor", "team", "notFound", { level: "BUREAU" }),
      // A unit that does not exist gets the same answer as one that is not the actor's.
      by("supervisor", "team", "invalid", { unitId: NO_SUCH_ID }),
      tampered("supervisor", "team"),
    ],
    form: (s) => ({ level: "TEAM", unitId: String(s.teamUnit.id), fiscalYear: String(s.world.fy), ...goal(s) }),
    tamper: (s) => ({
      status: "APPROVED",
      createdById: String(s.world.trainerId),
      ownerUnitId: String(s.world.a.id),
      ownerEmployeeId: String(s.world.trainerId),
      progressPercent: "100",
      planId: "1",
    }),
    landed: async (s) =>
      (await db.commitment.count({
        where: {
          createdById: s.actor.employeeId,
          OR: [
            { status: { not: "DRAFT" } },
            { ownerUnitId: { not: s.teamUnit.id } },
            { ownerEmployeeId: { not: null } },
            { progressPercent: { not: 0 } },
            { planId: { not: null } },
          ],
        },
      })) > 0,
    // Nothing to watch: a commitment made by the actor shows in their footprint.
    invoke: (form) => createCommitmentAction(INITIAL, form),
  }),
  actionRow({
    action: "updateCommitmentAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("supervisor", "team"), { ...stale("supervisor", "bureau"), expected: "notFound" }, tampered("supervisor", "team")],
    arrange: teamCommitment("DRAFT"),
    form: (s, c) => ({ ...ref(s, c), ...goal(s), title: "書き直した" }),
    idField: "commitmentId",
    versionField: "version",
    tamper: COMMITMENT_TAMPER,
    landed: async (s, c) => (await kept(s, c, "DRAFT")) === 0,
    invoke: (form) => updateCommitmentAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "submitCommitmentAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("supervisor", "team"), tampered("supervisor", "team")],
    arrange: teamCommitment("DRAFT"),
    form: ref,
    idField: "commitmentId",
    versionField: "version",
    tamper: COMMITMENT_TAMPER,
    landed: async (s, c) => (await kept(s, c, "SUBMITTED")) === 0,
    invoke: (form) => submitCommitmentAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "withdrawCommitmentAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("supervisor", "team")],
    arrange: teamCommitment("SUBMITTED"),
    form: ref,
    idField: "commitmentId",
    versionField: "version",
    invoke: (form) => withdrawCommitmentAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "reviewCommitmentAction",
    file: FILE,
    cases: [
      signedOut("coordinator", "team"),
      by("coordinator", "team", "ok"),
      by("coordinator", "bureau", "ok"),
      by("coordinator", "other", "notFound"),
      by("supervisor", "team", "notFound"),
      by("hr", "team", "notFound"),
      by("hq", "team", "notFound"),
      missing("coordinator", "team"),
      stale("coordinator", "team"),
      tampered("coordinator", "team"),
    ],
    arrange: teamCommitment("SUBMITTED"),
    form: (s, c) => ({ ...ref(s, c), decision: "approve", comment: "承認" }),
    idField: "commitmentId",
    versionField: "version",
    tamper: COMMITMENT_TAMPER,
    landed: async (s, c) => (await kept(s, c, "APPROVED")) === 0,
    invoke: (form) => reviewCommitmentAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "recordCommitmentProgressAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("supervisor", "team")],
    arrange: teamCommitment("APPROVED"),
    form: (s, c) => ({ ...ref(s, c), recordedOn: s.world.todayIso, note: "四割", percent: "40" }),
    idField: "commitmentId",
    versionField: "version",
    invoke: (form) => recordCommitmentProgressAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "recordMetricSnapshotAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("supervisor", "team")],
    arrange: teamCommitment("APPROVED", "PLAN_APPROVAL_RATE"),
    form: (s, c) => ({ ...ref(s, c), note: "今日の値" }),
    idField: "commitmentId",
    versionField: "version",
    invoke: (form) => recordMetricSnapshotAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "dropCommitmentAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("supervisor", "team")],
    arrange: teamCommitment("DRAFT"),
    form: (s, c) => ({ ...ref(s, c), reason: "取りやめ" }),
    idField: "commitmentId",
    versionField: "version",
    invoke: (form) => dropCommitmentAction(INITIAL, form),
    watch,
  }),
];
