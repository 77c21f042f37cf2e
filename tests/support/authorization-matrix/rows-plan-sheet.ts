import { findOwnPlanSheet, getPlanSheet } from "@/lib/year/plan-sheet/get-plan-sheet";
import { CONFIDENTIAL_SHOWN, type FunctionRow, itself, listed, OWN_LIST, PERSONAL_READ_BESIDE, row, YES, yes } from "./matrix";
import { makePlan } from "./records";
import type { Scene } from "./scenes";

/** The キャリアデザインシート (lib/year/plan-sheet): the plan as its readers may read it, on paper or in Excel. */

const FILE = "lib/year/plan-sheet/get-plan-sheet.ts";
const draft = (s: Scene) => makePlan(s, s.subject);

export const planSheetRows: FunctionRow[] = [
  row({
    fn: "getPlanSheet",
    file: FILE,
    kind: "read",
    matrix: PERSONAL_READ_BESIDE,
    arrange: draft,
    act: (s, plan) => getPlanSheet(s.actor, plan.planId),
    judge: (sheet, plan) => itself(sheet.plan.id === plan.planId),
  }),
  row({
    fn: "getPlanSheet",
    file: FILE,
    variant: "transfer wishes shown",
    kind: "read",
    // The sheet carries the plan's wishes only for the owner, the supervisors above them and HR.
    matrix: { own: [YES, YES, YES, YES, YES], ...CONFIDENTIAL_SHOWN },
    arrange: draft,
    act: (s, plan) => getPlanSheet(s.actor, plan.planId),
    judge: (sheet) => yes(sheet.plan.transferWishFields !== null),
  }),
  row({
    fn: "findOwnPlanSheet",
    file: FILE,
    kind: "read",
    matrix: OWN_LIST,
    arrange: draft,
    act: (s) => findOwnPlanSheet(s.actor, s.world.fy),
    judge: (sheet, plan) => listed(sheet?.plan.id === plan.planId),
  }),
];
