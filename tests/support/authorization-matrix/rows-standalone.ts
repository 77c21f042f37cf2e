import { createCommitment } from "@/lib/year/commitments/create-commitment";
import { dropCommitment } from "@/lib/year/commitments/drop-commitment";
import { findCommitmentsForReview } from "@/lib/year/commitments/find-commitments-for-review";
import { findCityCommitments, findCommitmentYears, findOwnCommitments } from "@/lib/year/commitments/find-commitments";
import { getCommitment } from "@/lib/year/commitments/get-commitment";
import { approveCommitment, commentOnCommitment, returnCommitment } from "@/lib/year/commitments/review-commitment";
import { progressInputSchema } from "@/lib/year/commitments/schemas";
import { recordCommitmentProgress, recordMetricSnapshot } from "@/lib/year/commitments/standalone-progress";
import { submitCommitment, withdrawCommitment } from "@/lib/year/commitments/submit-commitment";
import { teamCommitmentSchema } from "@/lib/year/commitments/team-schemas";
import { updateCommitment } from "@/lib/year/commitments/update-commitment";
import type { CommitmentMetric, CommitmentStatus } from "@/lib/generated/prisma/enums";
import { BAD, type FunctionRow, IN, itself, listed, type Matrix, NF, OK, OUT, row } from "./matrix";
import { commitmentWatch, makeCommitment, makePlan, planWatch } from "./records";
import type { Scene } from "./scenes";

/**
 * Team, bureau and city commitments (one model, three owners): lib/year/commitments (standalone).
 * Their subject is an org unit, not a person: `team` is a commitment of the actor's own unit,
 * `bureau` of another unit of their 局 (for BUREAU level: their 局 itself), `other` of 青葉区's,
 * `city` the city's own. Every owner operation also gets an INDIVIDUAL row: a commitment of the
 * actor's own plan must not be reachable through the standalone functions.
 */

type Level = "TEAM" | "BUREAU" | "CITY";
const LEVELS: readonly Level[] = ["TEAM", "BUREAU", "CITY"];

const ownerUnitOf = (scene: Scene, level: Level) => (level === "TEAM" ? scene.teamUnit.id : level === "BUREAU" ? scene.bureau.id : null);

const ALL_NF = [NF, NF, NF, NF, NF] as const;

/** Owners: a unit's supervisor (TEAM), the coordinator of the 局 (BUREAU), HR (CITY). */
const OWNER: Record<Level, Matrix> = {
  TEAM: { team: [NF, OK, NF, NF, NF], bureau: ALL_NF, other: ALL_NF },
  BUREAU: { bureau: [NF, NF, OK, NF, NF], other: ALL_NF },
  CITY: { city: [NF, NF, NF, OK, NF] },
};
/** Reviewers: the coordinator covering the unit (TEAM), HR (BUREAU), HQ (CITY). */
const REVIEWER: Record<Level, Matrix> = {
  TEAM: { team: [NF, NF, OK, NF, NF], bureau: [NF, NF, OK, NF, NF], other: ALL_NF },
  BUREAU: { bureau: [NF, NF, NF, OK, NF], other: [NF, NF, NF, OK, NF] },
  CITY: { city: [NF, NF, NF, NF, OK] },
};
/** Readers: owners and reviewers, HR every team's, coordinators and HQ the city's. */
const READER: Record<Level, Matrix> = {
  TEAM: { team: [NF, OK, OK, OK, NF], bureau: [NF, NF, OK, OK, NF], other: [NF, NF, NF, OK, NF] },
  BUREAU: { bureau: [NF, NF, OK, OK, NF], other: [NF, NF, NF, OK, NF] },
  CITY: { city: [NF, NF, OK, OK, OK] },
};
/** The same three, as lists: `listed` where the matrices above say ok, `unlisted` where the call works but the record is not the actor's. */
const OWNED_LIST: Record<Level, Matrix> = {
  TEAM: { team: [NF, IN, NF, NF, NF], bureau: [NF, OUT, NF, NF, NF], other: [NF, OUT, NF, NF, NF] },
  BUREAU: { bureau: [NF, NF, IN, NF, NF], other: [NF, NF, OUT, NF, NF] },
  CITY: { city: [NF, NF, NF, IN, NF] },
};
const REVIEW_LIST: Record<Level, Matrix> = {
  TEAM: { team: [NF, NF, IN, NF, NF], bureau: [NF, NF, IN, NF, NF], other: [NF, NF, OUT, NF, NF] },
  BUREAU: { bureau: [NF, NF, NF, IN, NF], other: [NF, NF, NF, IN, NF] },
  CITY: { city: [NF, NF, NF, NF, IN] },
};
const READ_LIST: Record<Level, Matrix> = {
  TEAM: { team: [NF, IN, IN, IN, NF], bureau: [NF, OUT, IN, IN, NF], other: [NF, OUT, OUT, IN, NF] },
  BUREAU: { bureau: [NF, NF, IN, IN, NF], other: [NF, NF, OUT, IN, NF] },
  CITY: { city: [NF, NF, IN, IN, IN] },
};
/** A commitment of the actor's own plan, through a function for standalone ones. */
const INDIVIDUAL: Matrix = { own: ALL_NF };

const CREATE = "lib/year/commitments/create-commitment.ts";
const teamInput = (scene: Scene, metric: CommitmentMetric = "MANUAL") =>
  teamCommitmentSchema.parse({ title: "全員に面談", measureId: scene.world.measureId, targetKind: "text", targetText: "全員", metric });

interface OwnerOperation {
  fn: string;
  file: string;
  status: CommitmentStatus;
  metric?: CommitmentMetric;
  act: (scene: Scene, commitmentId: number, version: number) => Promise<unknown>;
}

const OWNER_OPERATIONS: readonly OwnerOperation[] = [
  {
    fn: "updateCommitment",
    file: "lib/year/commitments/update-commitment.ts",
    status: "DRAFT",
    act: (s, id, v) => updateCommitment(s.actor, id, v, teamInput(s)),
  },
  { fn: "submitCommitment", file: "lib/year/commitments/submit-commitment.ts", status: "DRAFT", act: (s, id, v) => submitCommitment(s.actor, id, v) },
  { fn: "withdrawCommitment", file: "lib/year/commitments/submit-commitment.ts", status: "SUBMITTED", act: (s, id, v) => withdrawCommitment(s.actor, id, v) },
  { fn: "dropCommitment", file: "lib/year/commitments/drop-commitment.ts", status: "DRAFT", act: (s, id, v) => dropCommitment(s.actor, id, v, "取りやめ") },
  {
    fn: "recordCommitmentProgress",
    file: "lib/year/commitments/standalone-progress.ts",
    status: "APPROVED",
    act: (s, id, v) =>
      recordCommitmentProgress(s.actor, id, progressInputSchema.parse({ version: v, recordedOn: s.world.todayIso, note: "進捗", percent: "40" })),
  },
  {
    fn: "recordMetricSnapshot",
    file: "lib/year/commitments/standalone-progress.ts",
    status: "APPROVED",
    metric: "PLAN_APPROVAL_RATE",
    act: (s, id, v) => recordMetricSnapshot(s.actor, id, v, "今日の値"),
  },
];

const REVIEW_OPERATIONS: readonly OwnerOperation[] = [
  {
    fn: "approveCommitment",
    file: "lib/year/commitments/review-commitment.ts",
    status: "SUBMITTED",
    act: (s, id, v) => approveCommitment(s.actor, id, v, "承認します"),
  },
  {
    fn: "returnCommitment",
    file: "lib/year/commitments/review-commitment.ts",
    status: "SUBMITTED",
    act: (s, id, v) => returnCommitment(s.actor, id, v, "具体的に"),
  },
  {
    fn: "commentOnCommitment",
    file: "lib/year/commitments/review-commitment.ts",
    status: "SUBMITTED",
    act: (s, id) => commentOnCommitment(s.actor, id, "一言"),
  },
];

function operationRows(operation: OwnerOperation, matrices: Record<Level, Matrix>, withIndividual: boolean): FunctionRow[] {
  const levelRows = LEVELS.map((level) =>
    row({
      fn: operation.fn,
      file: operation.file,
      variant: level,
      kind: "write",
      matrix: matrices[level],
      arrange: (s) => makeCommitment(s, { level, ownerUnitId: ownerUnitOf(s, level), status: operation.status, metric: operation.metric }),
      act: (s, c) => operation.act(s, c.commitmentId, c.version),
      watch: (c) => commitmentWatch(c.commitmentId),
    }),
  );
  if (!withIndividual) return levelRows;
  const individual = row({
    fn: operation.fn,
    file: operation.file,
    variant: "INDIVIDUAL",
    kind: "write",
    matrix: INDIVIDUAL,
    arrange: (s) => makePlan(s, s.subject, { status: operation.status === "APPROVED" ? "APPROVED" : "DRAFT", commitments: [operation.status] }),
    act: (s, plan) => operation.act(s, plan.commitmentIds[0] ?? -1, plan.commitmentVersion),
    watch: (plan) => planWatch(plan.planId),
  });
  return [...levelRows, individual];
}

const ownedCommitment = (level: Level, status: CommitmentStatus) => (s: Scene) => makeCommitment(s, { level, ownerUnitId: ownerUnitOf(s, level), status });

export const standaloneCommitmentRows: FunctionRow[] = [
  ...OWNER_OPERATIONS.flatMap((operation) => operationRows(operation, OWNER, true)),
  ...REVIEW_OPERATIONS.flatMap((operation) => operationRows(operation, REVIEWER, false)),
  ...LEVELS.map((level) =>
    row({
      fn: "createCommitment",
      file: CREATE,
      variant: level,
      kind: "write",
      // A unit that is not the actor's, sent by hand, is a wrong choice in the form (INVALID_INPUT);
      // someone who owns nothing at that level does not find the form at all (NOT_FOUND).
      matrix:
        level === "TEAM"
          ? { team: [NF, OK, NF, NF, NF], bureau: [NF, BAD, NF, NF, NF], other: [NF, BAD, NF, NF, NF] }
          : level === "BUREAU"
            ? { bureau: [NF, NF, OK, NF, NF], other: [NF, NF, BAD, NF, NF] }
            : OWNER.CITY,
      act: (s) => createCommitment(s.actor, level, { ...teamInput(s), fiscalYear: s.world.fy, unitId: ownerUnitOf(s, level) ?? undefined }),
    }),
  ),
  ...LEVELS.map((level) =>
    row({
      fn: "getCommitment",
      file: "lib/year/commitments/get-commitment.ts",
      variant: level,
      kind: "read",
      matrix: READER[level],
      arrange: ownedCommitment(level, "DRAFT"),
      act: (s, c) => getCommitment(s.actor, c.commitmentId),
      judge: (detail, c) => itself(detail.commitment.id === c.commitmentId),
    }),
  ),
  row({
    fn: "getCommitment",
    file: "lib/year/commitments/get-commitment.ts",
    variant: "INDIVIDUAL",
    kind: "read",
    // Individual commitments are read through their plan, never here — not even one's own.
    matrix: { own: ALL_NF, team: ALL_NF, bureau: ALL_NF, other: ALL_NF },
    arrange: (s) => makePlan(s, s.subject),
    act: (s, plan) => getCommitment(s.actor, plan.commitmentIds[0] ?? -1),
  }),
  ...LEVELS.map((level) =>
    row({
      fn: "findCommitmentsForReview",
      file: "lib/year/commitments/find-commitments-for-review.ts",
      variant: level,
      kind: "read",
      matrix: REVIEW_LIST[level],
      arrange: ownedCommitment(level, "SUBMITTED"),
      act: (s) => findCommitmentsForReview(s.actor, level, s.world.fy),
      judge: (found, c) => listed([...found.awaiting, ...found.others].some((entry) => entry.id === c.commitmentId)),
    }),
  ),
  ...(["TEAM", "BUREAU"] as const).map((level) =>
    row({
      fn: "findOwnCommitments",
      file: "lib/year/commitments/find-commitments.ts",
      variant: level,
      kind: "read",
      matrix: OWNED_LIST[level],
      arrange: ownedCommitment(level, "DRAFT"),
      act: (s) => findOwnCommitments(s.actor, level, s.world.fy),
      judge: (groups, c) => listed(groups.some((group) => group.commitments.some((entry) => entry.id === c.commitmentId))),
    }),
  ),
  row({
    fn: "findCityCommitments",
    file: "lib/year/commitments/find-commitments.ts",
    kind: "read",
    matrix: READ_LIST.CITY,
    arrange: ownedCommitment("CITY", "DRAFT"),
    act: (s) => findCityCommitments(s.actor, s.world.fy),
    judge: (list, c) => listed(list.some((entry) => entry.id === c.commitmentId)),
  }),
  ...LEVELS.flatMap((level) =>
    (
      [
        ["OWNER", OWNED_LIST],
        ["REVIEWER", REVIEW_LIST],
        ["READER", READ_LIST],
      ] as const
    ).map(([as, matrices]) =>
      row({
        fn: "findCommitmentYears",
        file: "lib/year/commitments/find-commitments.ts",
        variant: `${level} as ${as}`,
        kind: "read",
        matrix: matrices[level],
        // A year no other cell uses, so the year is in the answer only through this commitment.
        arrange: (s) => makeCommitment(s, { level, ownerUnitId: ownerUnitOf(s, level), fiscalYear: 3000 + s.n }),
        act: (s) => findCommitmentYears(s.actor, level, as),
        judge: (years, _c, s) => listed(years.includes(3000 + s.n)),
      }),
    ),
  ),
];
