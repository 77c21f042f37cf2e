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
import {
  addCommitmentAction as addOwnCommitmentAction,
  dropCommitmentAction as dropOwnCommitmentAction,
  recordProgressAction as recordOwnProgressAction,
  submitChangesAction,
  submitPlanAction,
  updateCommitmentAction as updateOwnCommitmentAction,
  withdrawChangesAction,
  withdrawPlanAction,
} from "@/lib/year/plans/own-plan-actions";
import { addProxyCommitmentAction, confirmProxyEntryAction, submitProxyPlanAction } from "@/lib/year/plans/proxy-actions";
import { reviewPlanAction } from "@/lib/year/plans/review-actions";

/**
 * The actions of the forms shared by plans and commitments of every level, by name. The forms
 * import their actions like every other form; the page only says which one (and passes the
 * hidden fields that name what it acts on).
 */
export const PLAN_FORM_ACTIONS = {
  // the employee's own plan and its individual commitments
  addOwnCommitment: addOwnCommitmentAction,
  updateOwnCommitment: updateOwnCommitmentAction,
  dropOwnCommitment: dropOwnCommitmentAction,
  recordOwnProgress: recordOwnProgressAction,
  submitPlan: submitPlanAction,
  withdrawPlan: withdrawPlanAction,
  submitChanges: submitChangesAction,
  withdrawChanges: withdrawChangesAction,
  reviewPlan: reviewPlanAction,
  // 代理入力: the reviewer enters a member's plan and submits it; the member confirms it
  addProxyCommitment: addProxyCommitmentAction,
  submitProxyPlan: submitProxyPlanAction,
  confirmProxyEntry: confirmProxyEntryAction,
  // team, bureau and city commitments
  createCommitment: createCommitmentAction,
  updateCommitment: updateCommitmentAction,
  dropCommitment: dropCommitmentAction,
  recordCommitmentProgress: recordCommitmentProgressAction,
  recordMetricSnapshot: recordMetricSnapshotAction,
  submitCommitment: submitCommitmentAction,
  withdrawCommitment: withdrawCommitmentAction,
  reviewCommitment: reviewCommitmentAction,
} as const;
