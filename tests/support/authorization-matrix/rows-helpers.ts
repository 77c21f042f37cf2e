import { grantsOf, hasRole, highestRole, rolesHeld } from "@/lib/platform/auth/roles";
import { commitmentAccess, ownedWhere, ownerUnitsOf, ownsLevel, readableWhere, reviewableWhere } from "@/lib/year/commitments/commitment-access";
import { transitionCommitment } from "@/lib/year/commitments/transition-commitment";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { __, type FunctionRow, type Matrix, NF, NO, OK, row, YES, yes } from "./matrix";
import { commitmentWatch, makeCommitment } from "./records";
import { HELD } from "./rows-people";
import type { Scene } from "./scenes";

/**
 * The building blocks the rows above rely on — role accessors, the commitment scopes as
 * where-clauses and as predicates, the shared transition — run directly, so that a change in
 * one of them shows here by name and not only as a dozen failing cells elsewhere. A where-clause
 * answers `yes` when it reaches the cell's record.
 */

const ROLES_OF = {
  employee: ["EMPLOYEE"],
  supervisor: ["SUPERVISOR", "EMPLOYEE"],
  coordinator: ["BUREAU_COORDINATOR", "EMPLOYEE"],
  hr: ["HR_DIVISION", "EMPLOYEE"],
  hq: ["HEADQUARTERS", "EMPLOYEE"],
} as const;
const ROLES_FILE = "lib/platform/auth/roles.ts";
const ACCESS_FILE = "lib/year/commitments/commitment-access.ts";

type Level = "TEAM" | "BUREAU" | "CITY";
const LEVELS: readonly Level[] = ["TEAM", "BUREAU", "CITY"];
const ownerUnitOf = (s: Scene, level: Level) => (level === "TEAM" ? s.teamUnit.id : level === "BUREAU" ? s.bureau.id : null);
const commitmentOf = (level: Level) => (s: Scene) => makeCommitment(s, { level, ownerUnitId: ownerUnitOf(s, level) });
const reaches = async (where: Prisma.CommitmentWhereInput, commitmentId: number) =>
  (await db.commitment.count({ where: { AND: [{ id: commitmentId }, where] } })) > 0;

/** Without a level, as the write functions call them: the union over every level the actor holds. */
const WHERE_MATRICES: Record<"ownedWhere" | "reviewableWhere" | "readableWhere", Record<Level, Matrix>> = {
  ownedWhere: {
    TEAM: { team: [NF, YES, NO, NO, NF], bureau: [NF, NO, NO, NO, NF], other: [NF, NO, NO, NO, NF] },
    BUREAU: { bureau: [NF, NO, YES, NO, NF], other: [NF, NO, NO, NO, NF] },
    CITY: { city: [NF, NO, NO, YES, NF] },
  },
  reviewableWhere: {
    TEAM: { team: [NF, NF, YES, NO, NO], bureau: [NF, NF, YES, NO, NO], other: [NF, NF, NO, NO, NO] },
    BUREAU: { bureau: [NF, NF, NO, YES, NO], other: [NF, NF, NO, YES, NO] },
    CITY: { city: [NF, NF, NO, NO, YES] },
  },
  readableWhere: {
    TEAM: { team: [NF, YES, YES, YES, NO], bureau: [NF, NO, YES, YES, NO], other: [NF, NO, NO, YES, NO] },
    BUREAU: { bureau: [NF, NO, YES, YES, NO], other: [NF, NO, NO, YES, NO] },
    CITY: { city: [NF, NO, YES, YES, YES] },
  },
};
const WHERE_FUNCTIONS = { ownedWhere, reviewableWhere, readableWhere } as const;

export const helperRows: FunctionRow[] = [
  row({
    fn: "rolesHeld",
    file: ROLES_FILE,
    kind: "helper",
    matrix: { none: [YES, YES, YES, YES, YES] },
    act: async (s) => rolesHeld(s.actor),
    judge: (roles, _a, s) => yes(JSON.stringify(roles) === JSON.stringify(ROLES_OF[s.role])),
  }),
  row({
    fn: "highestRole",
    file: ROLES_FILE,
    kind: "helper",
    matrix: { none: [YES, YES, YES, YES, YES] },
    act: async (s) => highestRole(s.actor),
    judge: (role, _a, s) => yes(role === HELD[s.role]),
  }),
  row({
    fn: "grantsOf",
    file: ROLES_FILE,
    kind: "helper",
    // `yes`: a supervisor's grant over the actor's 係 today. The transferred supervisor's ended grant over their old one is gone.
    matrix: { none: [NO, YES, NO, NO, NO], former: [__, NO, __, __, __] },
    act: async (s) => grantsOf(s.actor, "SUPERVISOR"),
    judge: (grants, _a, s) => yes(grants.some((grant) => grant.unitId === s.teamUnit.id)),
  }),
  row({
    fn: "hasRole",
    file: ROLES_FILE,
    kind: "helper",
    matrix: { none: [NO, NO, NO, YES, NO] },
    act: async (s) => hasRole(s.actor, "HR_DIVISION"),
    judge: (held) => yes(held),
  }),
  ...(["TEAM", "BUREAU"] as const).map((level) =>
    row({
      fn: "ownerUnitsOf",
      file: ACCESS_FILE,
      variant: level,
      kind: "helper",
      matrix:
        level === "TEAM"
          ? { team: [NO, YES, NO, NO, NO], bureau: [NO, NO, NO, NO, NO], other: [NO, NO, NO, NO, NO] }
          : { bureau: [NO, NO, YES, NO, NO], other: [NO, NO, NO, NO, NO] },
      act: async (s) => ownerUnitsOf(s.actor, level),
      judge: (units, _a, s) => yes(units.some((unit) => unit.id === ownerUnitOf(s, level))),
    }),
  ),
  ...LEVELS.map((level) =>
    row({
      fn: "ownsLevel",
      file: ACCESS_FILE,
      variant: level,
      kind: "helper",
      matrix: { none: level === "TEAM" ? [NO, YES, NO, NO, NO] : level === "BUREAU" ? [NO, NO, YES, NO, NO] : [NO, NO, NO, YES, NO] },
      act: async (s) => ownsLevel(s.actor, level),
      judge: (owns) => yes(owns),
    }),
  ),
  ...(["ownedWhere", "reviewableWhere", "readableWhere"] as const).flatMap((fn) =>
    LEVELS.map((level) =>
      row({
        fn,
        file: ACCESS_FILE,
        variant: `${level} commitment, no level given`,
        kind: "helper",
        matrix: WHERE_MATRICES[fn][level],
        arrange: commitmentOf(level),
        act: (s, c) => reaches(WHERE_FUNCTIONS[fn](s.actor), c.commitmentId),
        judge: (found) => yes(found),
      }),
    ),
  ),
  ...LEVELS.map((level) =>
    row({
      fn: "commitmentAccess",
      file: ACCESS_FILE,
      variant: level,
      kind: "helper",
      // `yes`: the page offers to change or to review it (canEdit or canReview); reading is the where-clauses' business.
      matrix:
        level === "TEAM"
          ? { team: [NO, YES, YES, NO, NO], bureau: [NO, NO, YES, NO, NO], other: [NO, NO, NO, NO, NO] }
          : level === "BUREAU"
            ? { bureau: [NO, NO, YES, YES, NO], other: [NO, NO, NO, YES, NO] }
            : { city: [NO, NO, NO, YES, YES] },
      act: async (s) => {
        const unitId = ownerUnitOf(s, level);
        const ownerUnit = unitId === null ? null : await db.orgUnit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, path: true } });
        return commitmentAccess(s.actor, { level, ownerUnit });
      },
      judge: (access) => yes(access.canEdit || access.canReview),
    }),
  ),
  row({
    fn: "transitionCommitment",
    file: "lib/year/commitments/transition-commitment.ts",
    variant: "TEAM, in the owner's scope",
    kind: "write",
    // It authorizes through the scope its caller passes: with the owner's, only the owner moves it.
    matrix: { team: [NF, OK, NF, NF, NF], bureau: [NF, NF, NF, NF, NF], other: [NF, NF, NF, NF, NF] },
    arrange: commitmentOf("TEAM"),
    act: (s, c) =>
      db.$transaction(async (tx) => {
        const where = ownedWhere(s.actor);
        await transitionCommitment(tx, {
          commitmentId: c.commitmentId,
          version: c.version,
          where,
          from: ["DRAFT"],
          to: "SUBMITTED",
          action: "SUBMIT",
          auditAction: "commitment.submit",
          actor: s.actor,
        });
      }),
    watch: (c) => commitmentWatch(c.commitmentId),
  }),
];
