import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { addIndividualCommitment, dropIndividualCommitment, updateIndividualCommitment } from "@/lib/year/commitments/individual-commitments";
import { recordIndividualProgress } from "@/lib/year/commitments/record-progress";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { countPlansToReview, findReviewQueue } from "@/lib/year/plans/find-plans";
import { getMyYear } from "@/lib/year/plans/get-my-year";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { parsePlanTerms } from "@/lib/year/plans/plan-changes";
import { approvePlan, approvePlanChanges, returnPlanChanges } from "@/lib/year/plans/review-plan";
import { submitPlanChanges, withdrawPlanChanges } from "@/lib/year/plans/submit-plan";
import { updatePlanContent } from "@/lib/year/plans/update-plan";
import {
  approvedPlan,
  commitmentInput,
  commitmentVersion,
  createTeam,
  expectAppError,
  measureId,
  planContent,
  planEvents,
  planSnapshot,
  planVersion,
  progressInput,
  submittedPlan,
  type Team,
  writeAudits,
} from "@/tests/support/plan-fixtures";

/**
 * Changes during the year keep what was agreed (issue 19): an approved plan of ten commitments
 * stays approved while its owner adds and changes commitments; the approved ones keep taking
 * progress; the supervisor approves or returns the changes on the diff since the last approval.
 */

let team: Team;
let owner: Actor;
let colleague: Actor;
let boss: Actor;
let measure: number;

beforeAll(async () => {
  team = await createTeam("changes", 2);
  const [first, second] = team.members;
  if (!first || !second) throw new Error("the team has two members");
  [owner, colleague] = [first, second];
  boss = team.supervisor;
  measure = await measureId(1, 2);
});

afterAll(async () => {
  await team?.remove();
});

const statuses = async (planId: number) =>
  Object.fromEntries(
    (await db.commitment.findMany({ where: { planId }, orderBy: { id: "asc" }, select: { title: true, status: true } })).map((c) => [c.title, c.status]),
  );
const planRow = (planId: number) =>
  db.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, version: true, changesSubmittedAt: true, approvedSnapshot: true } });
const unreadAbout = async (actor: Actor, href: string) =>
  (await findNotifications(actor, { unreadOnly: true })).filter((n) => n.href === href).map((n) => n.kind);

/** Ten approved commitments; the owner adds one and changes another, as in the issue. */
async function changedPlan() {
  const plan = await approvedPlan(owner, boss, measure, 10);
  const [first = 0, second = 0] = plan.commitmentIds;
  const added = await addIndividualCommitment(owner, plan.planId, commitmentInput(measure, { title: "取組11" }));
  await updateIndividualCommitment(owner, second, await commitmentVersion(second), commitmentInput(measure, { title: "取組2（範囲を広げる）" }));
  return { ...plan, first, second, added };
}

describe("a change to an approved plan", () => {
  it("keeps the plan approved: the new and changed commitments wait, the other nine keep taking progress", async () => {
    const { planId, first, second, added } = await changedPlan();
    expect((await planRow(planId)).status).toBe("APPROVED");
    const after = await statuses(planId);
    expect([after["取組11"], after["取組2（範囲を広げる）"], after["取組1"]]).toEqual(["DRAFT", "DRAFT", "APPROVED"]);
    expect(Object.values(after).filter((s) => s === "APPROVED")).toHaveLength(9);

    await recordIndividualProgress(owner, first, progressInput(await commitmentVersion(first), { percent: 30 }));
    expect((await db.commitment.findUniqueOrThrow({ where: { id: first } })).status).toBe("IN_PROGRESS");
    // A commitment whose change is not approved yet does not take progress.
    for (const waiting of [second, added]) {
      await expectAppError(recordIndividualProgress(owner, waiting, progressInput(await commitmentVersion(waiting), { percent: 10 })), "NOT_ALLOWED");
    }
  });

  it("shows the reviewer exactly what changed since the approval", async () => {
    const { planId, second, added } = await changedPlan();
    await updatePlanContent(owner, planId, planContent(await planVersion(planId), { vision3Years: "係の仕事を一通り担う。" }));
    const { plan } = await getPlanDetail(boss, planId);
    expect(plan.changes?.added.map((c) => [c.id, c.title])).toEqual([[added, "取組11"]]);
    expect(plan.changes?.changed).toEqual([
      { id: second, title: "取組2（範囲を広げる）", fields: [{ field: "title", before: "取組2", after: "取組2（範囲を広げる）" }] },
    ]);
    expect(plan.changes?.removed).toEqual([]);
    expect(plan.changes?.visions).toEqual([{ field: "vision3Years", before: "", after: "係の仕事を一通り担う。" }]);
  });

  it("shows on the owner's dashboard the state the plan's page shows: changes being written, sent, approved", async () => {
    const { planId } = await changedPlan();
    const { fiscalYear } = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { fiscalYear: true } });
    const dashboardState = async () => (await getMyYear(owner, fiscalYear, tokyoDate())).plan?.state;
    expect(await dashboardState()).toBe("CHANGES_DRAFT");
    await submitPlanChanges(owner, planId, await planVersion(planId));
    expect(await dashboardState()).toBe("CHANGES_SUBMITTED");
    await approvePlanChanges(boss, planId, await planVersion(planId), "");
    expect(await dashboardState()).toBe("APPROVED");
  });

  it("a commitment changed back to its approved terms is agreed again, without a review", async () => {
    const plan = await approvedPlan(owner, boss, measure, 2);
    const [id = 0] = plan.commitmentIds;
    await recordIndividualProgress(owner, id, progressInput(await commitmentVersion(id), { percent: 40 }));
    await updateIndividualCommitment(owner, id, await commitmentVersion(id), commitmentInput(measure, { title: "一時的に変えた" }));
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await updateIndividualCommitment(owner, id, await commitmentVersion(id), commitmentInput(measure, { title: "取組1" }));
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
    await expectAppError(submitPlanChanges(owner, plan.planId, await planVersion(plan.planId)), "INVALID_INPUT", "changes", "noChanges");
  });
});

describe("sending, approving and returning the changes", () => {
  it("sends them to the supervisor: queue, count and notification; approving agrees them and resolves the request", async () => {
    const { planId, first, second, added } = await changedPlan();
    const countBefore = await countPlansToReview(boss);
    await submitPlanChanges(owner, planId, await planVersion(planId));
    const sent = await planRow(planId);
    expect([sent.status, sent.changesSubmittedAt !== null]).toEqual(["APPROVED", true]);
    expect([(await statuses(planId))["取組11"], (await statuses(planId))["取組1"]]).toEqual(["SUBMITTED", "APPROVED"]);
    expect(await countPlansToReview(boss)).toBe(countBefore + 1);
    expect((await findReviewQueue(boss)).plans.some((p) => p.id === planId && p.changesSubmittedAt !== null)).toBe(true);
    expect(await unreadAbout(boss, `/plans/${planId}`)).toEqual(["PLAN_CHANGES_SUBMITTED"]);

    // While the changes are with the supervisor the goals do not move; progress on agreed ones goes on.
    await expectAppError(addIndividualCommitment(owner, planId, commitmentInput(measure)), "NOT_ALLOWED");
    await recordIndividualProgress(owner, first, progressInput(await commitmentVersion(first), { percent: 100 }));

    const outcome = await approvePlanChanges(boss, planId, await planVersion(planId), "追加を認めます。");
    expect(outcome).toEqual({ ownerName: owner.name });
    const approved = await planRow(planId);
    expect([approved.status, approved.changesSubmittedAt]).toEqual(["APPROVED", null]);
    expect(parsePlanTerms(approved.approvedSnapshot)?.commitments.map((c) => c.id)).toContain(added);
    const after = await statuses(planId);
    expect([after["取組11"], after["取組2（範囲を広げる）"], after["取組1"]]).toEqual(["APPROVED", "APPROVED", "DONE"]);
    await recordIndividualProgress(owner, second, progressInput(await commitmentVersion(second), { percent: 10 }));
    expect(await unreadAbout(boss, `/plans/${planId}`)).toEqual([]);
    expect(await countPlansToReview(boss)).toBe(countBefore);
    // Nothing differs from what is now approved.
    expect((await getPlanDetail(boss, planId)).plan.changes).toEqual({ visions: [], images: [], added: [], changed: [], removed: [] });

    expect((await planEvents(planId)).slice(-2)).toEqual([
      { action: "CHANGES_SUBMIT", fromStatus: "APPROVED", toStatus: "APPROVED", comment: "", actorId: owner.employeeId },
      { action: "CHANGES_APPROVE", fromStatus: "APPROVED", toStatus: "APPROVED", comment: "追加を認めます。", actorId: boss.employeeId },
    ]);
    const audits = (await writeAudits(planId)).filter((a) => a.action.startsWith("plan.changes."));
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["plan.changes.submit", owner.employeeId],
      ["plan.changes.approve", boss.employeeId],
    ]);
    expect(audits[0]?.detail).toMatchObject({ changes: { added: [{ id: added, title: "取組11" }], changed: [{ id: second }] } });
  });

  it("returning keeps the approved plan as agreed and marks the changes returned; sent again, the return is resolved", async () => {
    const { planId, added } = await changedPlan();
    const snapshotBefore = (await planRow(planId)).approvedSnapshot;
    await submitPlanChanges(owner, planId, await planVersion(planId));
    const outcome = await returnPlanChanges(boss, planId, await planVersion(planId), "取組11の目標を数値にしてください。");
    expect(outcome.ownerName).toBe(owner.name);
    const returned = await planRow(planId);
    expect([returned.status, returned.changesSubmittedAt, returned.approvedSnapshot]).toEqual(["APPROVED", null, snapshotBefore]);
    expect((await statuses(planId))["取組11"]).toBe("RETURNED");
    expect(await unreadAbout(boss, `/plans/${planId}`)).toEqual([]);
    const fiscalYear = (await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } })).fiscalYear;
    expect(await unreadAbout(owner, `/me/plans/${fiscalYear}`)).toContain("PLAN_RETURNED");

    await updateIndividualCommitment(
      owner,
      added,
      await commitmentVersion(added),
      commitmentInput(measure, { title: "取組11", targetKind: "number", targetText: "", targetValue: "3", targetUnit: "回" }),
    );
    expect((await statuses(planId))["取組11"]).toBe("DRAFT");
    await submitPlanChanges(owner, planId, await planVersion(planId));
    expect(await unreadAbout(owner, `/me/plans/${fiscalYear}`)).not.toContain("PLAN_RETURNED");
    expect((await writeAudits(planId)).filter((a) => a.action === "plan.changes.return").map((a) => a.detail)).toMatchObject([
      { comment: "取組11の目標を数値にしてください。" },
    ]);
  });

  it("the owner withdraws sent changes to change them further; the supervisor's request is resolved", async () => {
    const { planId } = await changedPlan();
    await submitPlanChanges(owner, planId, await planVersion(planId));
    await withdrawPlanChanges(owner, planId, await planVersion(planId));
    expect((await planRow(planId)).changesSubmittedAt).toBeNull();
    expect((await statuses(planId))["取組11"]).toBe("DRAFT");
    expect(await unreadAbout(boss, `/plans/${planId}`)).toEqual([]);
    // Changed further: the new commitment dropped again, which takes it out of the changes.
    const { id: added } = await db.commitment.findFirstOrThrow({ where: { planId, title: "取組11" } });
    await dropIndividualCommitment(owner, added, await commitmentVersion(added), "やめた");
    expect((await getPlanDetail(boss, planId)).plan.changes?.added).toEqual([]);
    expect((await writeAudits(planId)).filter((a) => a.action === "plan.changes.withdraw")).toHaveLength(1);
  });

  it("is version-guarded: a stale approval or return is a conflict and changes nothing", async () => {
    const { planId } = await changedPlan();
    const stale = await planVersion(planId);
    await submitPlanChanges(owner, planId, stale);
    const before = await planSnapshot(planId);
    await expectAppError(approvePlanChanges(boss, planId, stale, ""), "CONFLICT");
    await expectAppError(returnPlanChanges(boss, planId, stale, "古い画面から"), "CONFLICT");
    await expectAppError(submitPlanChanges(owner, planId, stale), "CONFLICT");
    expect(await planSnapshot(planId)).toEqual(before);
  });

  it("refuses the wrong step: nothing to approve before sending, a whole-plan approval of changes, sending twice", async () => {
    const { planId } = await changedPlan();
    const before = await planSnapshot(planId);
    const v = await planVersion(planId);
    await expectAppError(approvePlanChanges(boss, planId, v, ""), "NOT_ALLOWED");
    await expectAppError(returnPlanChanges(boss, planId, v, "まだ"), "NOT_ALLOWED");
    await expectAppError(withdrawPlanChanges(owner, planId, v), "NOT_ALLOWED");
    expect(await planSnapshot(planId)).toEqual(before);
    await submitPlanChanges(owner, planId, v);
    await expectAppError(submitPlanChanges(owner, planId, v + 1), "NOT_ALLOWED");
    await expectAppError(approvePlan(boss, planId, v + 1, ""), "NOT_ALLOWED");
    // A submitted (never approved) plan has no changes to send.
    const { planId: submitted } = await submittedPlan(colleague, measure);
    await expectAppError(submitPlanChanges(colleague, submitted, await planVersion(submitted)), "NOT_ALLOWED");
  });

  it("is not found for anyone but the owner (sending) and their supervisor (deciding)", async () => {
    const { planId } = await changedPlan();
    const v = await planVersion(planId);
    await expectAppError(submitPlanChanges(colleague, planId, v), "NOT_FOUND");
    await expectAppError(submitPlanChanges(boss, planId, v), "NOT_FOUND");
    await submitPlanChanges(owner, planId, v);
    const before = await planSnapshot(planId);
    await expectAppError(approvePlanChanges(colleague, planId, v + 1, ""), "NOT_FOUND");
    await expectAppError(returnPlanChanges(owner, planId, v + 1, "自分で"), "NOT_FOUND");
    await expectAppError(withdrawPlanChanges(colleague, planId, v + 1), "NOT_FOUND");
    expect(await planSnapshot(planId)).toEqual(before);
  });
});
