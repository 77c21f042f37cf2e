import { db } from "@/lib/platform/db/client";
import { getStaffRecord } from "@/lib/people/staff/get-staff-record";
import { searchStaff } from "@/lib/people/staff/search-staff";
import { findStaffRecordLinks } from "@/lib/people/staff/staff-record-links";
import { type StaffReaderRole, staffScope, staffScopeSql } from "@/lib/people/staff/staff-scope";
import { __, type FunctionRow, IN, itself, listed, type Matrix, NF, NO, OK, OUT, row, YES, yes } from "./matrix";
import type { Scene } from "./scenes";

/**
 * 職員検索 and the 個人カルテ (lib/people/staff): the HR division finds and opens anyone, a bureau
 * coordinator the staff of their bureau; everyone else — the headquarters included — has no
 * such search. Each cell acts in the reader role of its column (the others hold neither, and
 * get NOT_FOUND). That HR also finds departed staff, and what the record leaves out, is
 * tests/integration/staff-search.test.ts's to show.
 */

const readerRole = (s: Scene): StaffReaderRole => (s.role === "coordinator" ? "BUREAU_COORDINATOR" : "HR_DIVISION");

/** In the reader's scope: their bureau for the coordinator (themselves included), the city for HR. */
const IN_SCOPE: Matrix = {
  own: [NF, NF, YES, YES, NF],
  team: [NF, NF, YES, YES, __],
  bureau: [NF, NF, YES, YES, __],
  other: [NF, NF, NO, YES, NF],
  former: [__, NF, __, __, __],
};

const subjectStaffNumber = async (s: Scene) => (await db.employee.findUniqueOrThrow({ where: { id: s.subject }, select: { staffNumber: true } })).staffNumber;

export const staffRows: FunctionRow[] = [
  row({
    fn: "staffScope",
    file: "lib/people/staff/staff-scope.ts",
    kind: "helper",
    matrix: IN_SCOPE,
    act: async (s) => (await db.employee.count({ where: { AND: [{ id: s.subject }, staffScope(s.actor, readerRole(s))] } })) > 0,
    judge: (found) => yes(found),
  }),
  row({
    fn: "staffScopeSql",
    file: "lib/people/staff/staff-scope.ts",
    kind: "helper",
    matrix: IN_SCOPE,
    act: async (s) => {
      const [found] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM employee e JOIN org_unit u ON u.id = e.unit_id WHERE e.id = ${s.subject} AND ${staffScopeSql(s.actor, readerRole(s))}`;
      return (found?.n ?? 0) > 0;
    },
    judge: (found) => yes(found),
  }),
  row({
    fn: "searchStaff",
    file: "lib/people/staff/search-staff.ts",
    kind: "read",
    // By the subject's staff number, which matches them (and any number containing it).
    matrix: {
      own: [NF, NF, IN, IN, NF],
      team: [NF, NF, IN, IN, __],
      bureau: [NF, NF, IN, IN, __],
      other: [NF, NF, OUT, IN, NF],
      former: [__, NF, __, __, __],
    },
    arrange: subjectStaffNumber,
    act: async (s, staffNumber) => searchStaff(s.actor, readerRole(s), { q: staffNumber }),
    judge: (result, _staffNumber, s) => listed(result.rows.some((person) => person.id === s.subject)),
  }),
  row({
    fn: "getStaffRecord",
    file: "lib/people/staff/get-staff-record.ts",
    kind: "read",
    matrix: {
      own: [NF, NF, OK, OK, NF],
      team: [NF, NF, OK, OK, __],
      bureau: [NF, NF, OK, OK, __],
      other: [NF, NF, NF, OK, NF],
      former: [__, NF, __, __, __],
    },
    act: (s) => getStaffRecord(s.actor, readerRole(s), s.subject),
    judge: (record, _a, s) => itself(record.person.id === s.subject),
  }),
  row({
    fn: "findStaffRecordLinks",
    file: "lib/people/staff/staff-record-links.ts",
    variant: "the plans",
    kind: "helper",
    // Asks resolvePlanAccess: the owner, their supervisor, their bureau's coordinator and HR.
    matrix: {
      own: [YES, YES, YES, YES, YES],
      team: [NO, YES, YES, YES, __],
      bureau: [NO, NO, YES, YES, __],
      other: [NO, NO, NO, YES, NO],
      former: [__, NO, __, __, __],
    },
    act: (s) => findStaffRecordLinks(s.actor, s.subject, { ojtPlans: [], transferIds: [] }),
    judge: (links) => yes(links.plans),
  }),
];
