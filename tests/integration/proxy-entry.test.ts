import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { addProxyCommitment, confirmProxyEntry, saveProxyContent, startProxyPlan, submitProxyPlan } from "@/lib/year/plans/proxy-entry";
import { approvePlan } from "@/lib/year/plans/review-plan";
import { updatePlanContent } from "@/lib/year/plans/update-plan";
import {
  actorById,
  commitmentInput,
  createTeam,
  expectAppError,
  FY,
  measureId,
  planContent,
  planEvents,
  planVersion,
  type Team,
  writeAudits,
} from "@/tests/support/plan-fixtures";

/**
 * 代理入力 (issue 21 item 4): the supervisor who reviews a member's plan types in the member's
 * paper sheet and submits it on their behalf; the member later confirms it, or corrects it
 * (their own edit confirms it too). Anyone else gets NOT_FOUND.
 */

let team: Team;
let other: Team;
let member: Actor;
let second: Actor;
let boss: Actor;
let measure: number;

beforeAll(async () => {
  [team, other] = await Promise.all([createTeam("proxy", 2), createTeam("proxy-other", 1)]);
  const [first, next] = team.members;
  if (!first || !next) throw new Error("the team has two members");
  [member, second] = [first, next];
  boss = team.supervisor;
  measure = await measureId(1, 2);
});

afterAll(async () => {
  await team?.remove();
  await other?.remove();
});

const planRow = (planId: number) =>
  db.developmentPlan.findUniqueOrThrow({
    where: { id: planId },
    select: { status: true, version: true, visionNow: true, proxyEnteredById: true, proxyConfirmedAt: true },
  });
const unreadAbout = async (actor: Actor, href: string) =>
  (await findNotifications(actor, { unreadOnly: true })).filter((n) => n.href === href).map((n) => n.kind);

/** A plan entered on the member's behalf: the vision and one commitment from the paper sheet. */
async function enteredPlan(owner: Actor) {
  const planId = await startProxyPlan(boss, owner.employeeId, FY);
  await saveProxyContent(boss, planId, {
    version: await planVersion(planId),
    visionNow: "消防活動の現場で後輩を育てたい",
    vision3Years: "",
    vision10Years: "",
  });
  await addProxyCommitment(boss, planId, commitmentInput(measure, { title: "救急救命士の資格を取る" }));
  return planId;
}

describe("entry on behalf (代理入力)", () => {
  it("the reviewer creates the member's plan, enters it and submits it; the timeline, the audit and the member's notice say so", async () => {
    const planId = await enteredPlan(member);
    // Starting again finds the same plan.
    expect(await startProxyPlan(boss, member.employeeId, FY)).toBe(planId);
    await submitProxyPlan(boss, planId, await planVersion(planId));

    const row = await planRow(planId);
    expect([row.status, row.visionNow, row.proxyEnteredById, row.proxyConfirmedAt]).toEqual([
      "SUBMITTED",
      "消防活動の現場で後輩を育てたい",
      boss.employeeId,
      null,
    ]);
    const commitment = await db.commitment.findFirstOrThrow({ where: { planId }, select: { ownerEmployeeId: true, createdById: true, status: true } });
    expect(commitment).toEqual({ ownerEmployeeId: member.employeeId, createdById: boss.employeeId, status: "SUBMITTED" });

    const events = await planEvents(planId);
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["PROXY_ENTRY", boss.employeeId],
      ["PROXY_ENTRY", boss.employeeId],
      ["PROXY_ENTRY", boss.employeeId],
      ["PROXY_SUBMIT", boss.employeeId],
    ]);
    const audits = (await writeAudits(planId)).map((audit) => [audit.action, audit.actorId]);
    expect(audits).toEqual([
      ["plan.proxy.create", boss.employeeId],
      ["plan.proxy.update", boss.employeeId],
      ["commitment.create", boss.employeeId],
      ["plan.proxy.submit", boss.employeeId],
    ]);
    // One request to confirm, however many times the plan was entered.
    expect(await unreadAbout(member, `/me/plans/${FY}`)).toEqual(["PLAN_PROXY_ENTERED"]);

    // The detail the member and the reviewer read carries the mark.
    const detail = await getPlanDetail(member, planId);
    expect(detail.plan.proxy).toEqual({ enteredBy: boss.name, confirmedAt: null });
  });

  it("the member confirms it (確認しました): recorded, the notice answered; the reviewer approves independently", async () => {
    const planId = (
      await db.developmentPlan.findUniqueOrThrow({ where: { employeeId_fiscalYear: { employeeId: member.employeeId, fiscalYear: FY } }, select: { id: true } })
    ).id;
    await approvePlan(boss, planId, await planVersion(planId), "確認しました。");
    expect((await planRow(planId)).proxyConfirmedAt).toBeNull();

    await confirmProxyEntry(member, planId, await planVersion(planId));
    const row = await planRow(planId);
    expect(row.status).toBe("APPROVED");
    expect(row.proxyConfirmedAt).toBeInstanceOf(Date);
    expect((await planEvents(planId)).at(-1)).toMatchObject({ action: "PROXY_CONFIRM", actorId: member.employeeId });
    expect((await writeAudits(planId)).at(-1)).toMatchObject({ action: "plan.proxy.confirm", actorId: member.employeeId });
    // The approval's notice stays; the request to confirm is answered.
    expect(await unreadAbout(member, `/me/plans/${FY}`)).toEqual(["PLAN_APPROVED"]);
    // Nothing is left to confirm.
    await expectAppError(confirmProxyEntry(member, planId, await planVersion(planId)), "NOT_ALLOWED");
    // An approved plan is the member's to change: the reviewer no longer enters it.
    await expectAppError(
      saveProxyContent(boss, planId, { version: await planVersion(planId), visionNow: "書き換え", vision3Years: "", vision10Years: "" }),
      "NOT_ALLOWED",
    );
  });

  it("the member's own edit confirms the entry", async () => {
    const planId = await enteredPlan(second);
    await updatePlanContent(second, planId, planContent(await planVersion(planId), { visionNow: "現場で後輩を育てたい（自分で修正）" }));
    const row = await planRow(planId);
    expect([row.visionNow, row.proxyConfirmedAt instanceof Date]).toEqual(["現場で後輩を育てたい（自分で修正）", true]);
    expect((await planEvents(planId)).at(-1)).toMatchObject({ action: "PROXY_CONFIRM", actorId: second.employeeId });
    expect(await unreadAbout(second, `/me/plans/${FY}`)).toEqual([]);
    // A later entry on behalf asks for a confirmation again.
    await saveProxyContent(boss, planId, { version: await planVersion(planId), visionNow: "再入力", vision3Years: "", vision10Years: "" });
    expect((await planRow(planId)).proxyConfirmedAt).toBeNull();
    expect(await unreadAbout(second, `/me/plans/${FY}`)).toEqual(["PLAN_PROXY_ENTERED"]);
  });

  it("refuses a stale version (CONFLICT) and leaves the plan as it was", async () => {
    const planId = (
      await db.developmentPlan.findUniqueOrThrow({ where: { employeeId_fiscalYear: { employeeId: second.employeeId, fiscalYear: FY } }, select: { id: true } })
    ).id;
    const seen = await planVersion(planId);
    await saveProxyContent(boss, planId, { version: seen, visionNow: "一度目", vision3Years: "", vision10Years: "" });
    await expectAppError(saveProxyContent(boss, planId, { version: seen, visionNow: "古い画面から", vision3Years: "", vision10Years: "" }), "CONFLICT");
    await expectAppError(submitProxyPlan(boss, planId, seen), "CONFLICT");
    expect((await planRow(planId)).visionNow).toBe("一度目");
    await expectAppError(confirmProxyEntry(second, planId, seen), "CONFLICT");
  });

  it("a supervisor of another team, a colleague and the member themself get NOT_FOUND", async () => {
    const planId = (
      await db.developmentPlan.findUniqueOrThrow({ where: { employeeId_fiscalYear: { employeeId: second.employeeId, fiscalYear: FY } }, select: { id: true } })
    ).id;
    const before = await planRow(planId);
    const outsider = other.supervisor;
    await expectAppError(startProxyPlan(outsider, second.employeeId, FY), "NOT_FOUND");
    await expectAppError(saveProxyContent(outsider, planId, { version: before.version, visionNow: "越権", vision3Years: "", vision10Years: "" }), "NOT_FOUND");
    await expectAppError(addProxyCommitment(outsider, planId, commitmentInput(measure)), "NOT_FOUND");
    await expectAppError(submitProxyPlan(outsider, planId, before.version), "NOT_FOUND");
    await expectAppError(startProxyPlan(member, second.employeeId, FY), "NOT_FOUND");
    // The owner enters their own plan on the ordinary pages, not on behalf of themself.
    await expectAppError(saveProxyContent(second, planId, { version: before.version, visionNow: "本人", vision3Years: "", vision10Years: "" }), "NOT_FOUND");
    // Confirming is the owner's: the reviewer cannot confirm for them.
    await expectAppError(confirmProxyEntry(boss, planId, before.version), "NOT_FOUND");
    expect(await planRow(planId)).toEqual(before);
  });

  it("an acting reviewer (代決) enters on the supervisor's behalf, and the timeline and audit name the supervisor", async () => {
    const standIn = other.supervisor;
    const planId = (
      await db.developmentPlan.findUniqueOrThrow({ where: { employeeId_fiscalYear: { employeeId: second.employeeId, fiscalYear: FY } }, select: { id: true } })
    ).id;
    const named = await db.actingReviewer.create({
      data: {
        supervisorId: boss.employeeId,
        actingId: standIn.employeeId,
        startsOn: new Date(Date.UTC(2000, 0, 1)),
        endsOn: new Date(Date.UTC(2999, 0, 1)),
        createdById: boss.employeeId,
      },
      select: { id: true },
    });
    try {
      const acting = await actorById(standIn.employeeId);
      await saveProxyContent(acting, planId, { version: await planVersion(planId), visionNow: "代決者が入力", vision3Years: "", vision10Years: "" });
      const event = await db.reviewEvent.findFirstOrThrow({
        where: { planId, action: "PROXY_ENTRY" },
        orderBy: { id: "desc" },
        select: { actorId: true, onBehalfOfId: true },
      });
      expect(event).toEqual({ actorId: standIn.employeeId, onBehalfOfId: boss.employeeId });
      expect((await writeAudits(planId)).at(-1)).toMatchObject({
        action: "plan.proxy.update",
        actorId: standIn.employeeId,
        detail: { onBehalfOf: boss.employeeId },
      });
      expect((await planRow(planId)).proxyEnteredById).toBe(standIn.employeeId);
    } finally {
      await db.actingReviewer.delete({ where: { id: named.id } });
    }
  });

  it("refuses a year other than this one or the next", async () => {
    await expectAppError(startProxyPlan(boss, member.employeeId, FY - 1), "INVALID_INPUT", "fiscalYear", "invalid");
  });
});
