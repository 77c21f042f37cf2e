import type { FunctionRow } from "./matrix";
import { adminRows } from "./rows-admin";
import { capabilityRows } from "./rows-capabilities";
import { catalogueRows } from "./rows-catalogue";
import { cycleRows } from "./rows-cycle";
import { dashboardRows } from "./rows-dashboards";
import { helperRows } from "./rows-helpers";
import { individualCommitmentRows } from "./rows-individual";
import { interviewRows } from "./rows-interviews";
import { ojtRows } from "./rows-ojt";
import { peopleRows } from "./rows-people";
import { planRows } from "./rows-plans";
import { preferenceRows } from "./rows-preferences";
import { proxyEntryRows } from "./rows-proxy-entry";
import { recordRows } from "./rows-records";
import { retentionRows } from "./rows-retention";
import { yearEndRows } from "./rows-year-end";
import { planSheetRows } from "./rows-plan-sheet";
import { standaloneCommitmentRows } from "./rows-standalone";
import { staffRows } from "./rows-staff";
import { transferRows } from "./rows-transfers";
import { trainingApplicationRows } from "./rows-training-applications";
import { verifiedRecordRows } from "./rows-verified-records";

/**
 * THE table: every exported function of lib/ that takes the acting person, each with its matrix
 * of role × relation → outcome. It is kept in one file per domain only for length; the
 * completeness guard and the test read it as this one list.
 */
export const TABLE: readonly FunctionRow[] = [
  ...planRows,
  ...individualCommitmentRows,
  ...standaloneCommitmentRows,
  ...recordRows,
  ...verifiedRecordRows,
  ...interviewRows,
  ...ojtRows,
  ...peopleRows,
  ...dashboardRows,
  ...catalogueRows,
  ...adminRows,
  ...helperRows,
  ...capabilityRows,
  ...preferenceRows,
  ...transferRows,
  ...staffRows,
  ...trainingApplicationRows,
  ...retentionRows,
  ...yearEndRows,
  ...planSheetRows,
  ...proxyEntryRows,
  ...cycleRows,
];
