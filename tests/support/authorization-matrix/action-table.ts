import type { ActionRow } from "./action-matrix";
import { adminActionRows } from "./actions-admin";
import { catalogueActionRows } from "./actions-catalogue";
import { cycleActionRows } from "./actions-cycle";
import { commitmentActionRows } from "./actions-commitments";
import { peopleActionRows } from "./actions-people";
import { planActionRows } from "./actions-plans";
import { proxyEntryActionRows } from "./actions-proxy-entry";
import { publicActionRows } from "./actions-public";
import { recordActionRows } from "./actions-records";
import { trainingApplicationActionRows } from "./actions-training-applications";
import { retentionActionRows } from "./actions-retention";
import { yearEndActionRows } from "./actions-year-end";
import { transferActionRows } from "./actions-transfers";
import { verifiedRecordActionRows } from "./actions-verified-records";

/** Every server action (every export of an actions.ts under app/) with its cases (see action-matrix.ts for what a case is). */
export const ACTION_TABLE: readonly ActionRow[] = [
  ...planActionRows,
  ...proxyEntryActionRows,
  ...commitmentActionRows,
  ...recordActionRows,
  ...verifiedRecordActionRows,
  ...peopleActionRows,
  ...catalogueActionRows,
  ...adminActionRows,
  ...publicActionRows,
  ...transferActionRows,
  ...trainingApplicationActionRows,
  ...retentionActionRows,
  ...yearEndActionRows,
  ...cycleActionRows,
];
