import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { dropIndividualCommitment, updateIndividualCommitment } from "@/lib/year/commitments/individual-commitments";
import { recordIndividualProgress } from "@/lib/year/commitments/record-progress";
import { db } from "@/lib/platform/db/client";
import { AppError } from "@/lib/platform/errors";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { approvePlan, commentOnPlan } from "@/lib/year/plans/review-plan";
import { submitPlan, withdrawPlan } from "@/lib/year/plans/submit-plan";
import { updatePlanContent } from "@/lib/year/plans/update-plan";
import {
  approvedPlan,
  commitmentInput,
  commitmentVersion,
  createTeam,
  draftPlan,
  expectAppError,
  measureId,
  planContent,
  planEvents,
  planSnapshot,
  planVersion,
  progressInput,
  seededActor,
  submittedPlan,
  type Team,
  writeAudits,
} from "@/tests/support/plan-fixtures";

/**
 * Two people (or two tabs) saving the same plan or commitment (issue 3, second rule): the
 * second save from a stale version is refused with CONFLICT and never overwrites the first.
 * Races are run both one after the other (deterministic) and truly at once (Promise.allSettled).
 */

let team: Team;
let owner: Actor;
let boss: Actor;
let bureauChief: Actor;
let measure: number;

beforeAll(async () => {
  team = await createTeam("race", 1);
  [owner] = team.members as [Actor];
  boss = team.supervisor;
  // Also a SUPERVISOR over the owner (of the whole bureau), so two different people can approve.
  bureauChief = await seededActor({ rank: "局長", unit: { name: "健康福祉局", kind: "BUREAU" } });
  measure = await measureId(1, 1);
});

afterAll(async () => {
  await team?.remove();
});

const codeOf = (result: PromiseSettledResult<unknown>) =>
  result.status === "fulfilled" ? "OK" : result.reason instanceof AppError ? result.reason.code : String(result.reason);

describe("a stale save is refused, never silently lost", () => {
  it("updatePlanContent: the second save from the same loaded version gets CONFLICT; the first one's text survives", async () => {
    const { planId } = await draftPlan(owner, measure);
    const loaded = (await getPlanDetail(owner, planId)).plan;
    await updatePlanContent(owner, planId, planContent(loaded.version, { visionNow: "タブAの文章" }));
    await expectAppError(updatePlanContent(owner, planId, planContent(loaded.version, { visionNow: "タブBの文章" })), "CONFLICT");
    // What the refused person is shown next: the first save, at its new version.
    const latest = (await getPlanDetail(owner, planId)).plan;
    expect([latest.visionNow, latest.version]).toEqual(["タブAの文章", loaded.version + 1]);
    expect((await writeAudits(planId)).filter((a) => a.action === "plan.update")).toHaveLength(2); // draftPlan's and tab A's
  });

  it("updatePlanContent at once: exactly one wins and the stored text is the winner's", async () => {
    const { planId } = await draftPlan(owner, measure);
    const v = await planVersion(planId);
    const texts = ["同時A", "同時B"];
    const results = await Promise.allSettled(texts.map((visionNow) => updatePlanContent(owner, planId, planContent(v, { visionNow }))));
    expect(results.map(codeOf).sort()).toEqual(["CONFLICT", "OK"]);
    const winner = texts[results.findIndex((r) => r.status === "fulfilled")];
    expect(await planSnapshot(planId)).toMatchObject({ visionNow: winner, version: v + 1 });
  });

  it("updateIndividualCommitment: a stale version gets CONFLICT, also when both save at once", async () => {
    const { planId, commitmentIds } = await draftPlan(owner, measure);
    const [id = 0] = commitmentIds;
    const v = await commitmentVersion(id);
    await updateIndividualCommitment(owner, id, v, commitmentInput(measure, { title: "先の保存" }));
    await expectAppError(updateIndividualCommitment(owner, id, v, commitmentInput(measure, { title: "後の保存" })), "CONFLICT");
    expect((await planSnapshot(planId)).commitments[0]).toMatchObject({ title: "先の保存", version: v + 1 });

    const titles = ["同時A", "同時B"];
    const results = await Promise.allSettled(titles.map((title) => updateIndividualCommitment(owner, id, v + 1, commitmentInput(measure, { title }))));
    expect(results.map(codeOf).sort()).toEqual(["CONFLICT", "OK"]);
    expect((await planSnapshot(planId)).commitments[0]).toMatchObject({ title: titles[results.findIndex((r) => r.status === "fulfilled")], version: v + 2 });
  });

  it("recordIndividualProgress: a stale version gets CONFLICT and records nothing, also when both save at once", async () => {
    const { planId, commitmentIds } = await approvedPlan(owner, boss, measure);
    const [id = 0] = commitmentIds;
    const v = await commitmentVersion(id);
    await recordIndividualProgress(owner, id, progressInput(v, { percent: 30, note: "先" }));
    await expectAppError(recordIndividualProgress(owner, id, progressInput(v, { percent: 100, note: "後" })), "CONFLICT");
    const progress = () => db.commitmentProgress.findMany({ where: { commitmentId: id }, orderBy: { id: "asc" }, select: { note: true } });
    expect((await progress()).map((p) => p.note)).toEqual(["先"]);
    expect((await planSnapshot(planId)).commitments[0]).toMatchObject({ status: "IN_PROGRESS", progressPercent: 30 });

    const results = await Promise.allSettled(
      ["同時A", "同時B"].map((note) => recordIndividualProgress(owner, id, progressInput(v + 1, { note, percent: 50 }))),
    );
    expect(results.map(codeOf).sort()).toEqual(["CONFLICT", "OK"]);
    expect(await progress()).toHaveLength(2);
  });
});

describe("racing transitions", () => {
  it("two approvals at once: exactly one succeeds, the other is refused, one APPROVE event", async () => {
    const { planId } = await submittedPlan(owner, measure);
    const v = await planVersion(planId);
    const reviewers = [boss, bureauChief];
    const results = await Promise.allSettled(reviewers.map((r) => approvePlan(r, planId, v, `承認（${r.name}）`)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    expect(codes.filter((c) => c !== "OK").every((c) => c === "CONFLICT" || c === "NOT_ALLOWED")).toBe(true);
    const winner = reviewers[codes.indexOf("OK")];
    const approvals = (await planEvents(planId)).filter((e) => e.action === "APPROVE");
    expect(approvals.map((e) => e.actorId)).toEqual([winner?.employeeId]);
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } });
    expect([plan.status, plan.version, plan.reviewerId]).toEqual(["APPROVED", v + 1, winner?.employeeId]);
    expect((await writeAudits(planId)).filter((a) => a.action === "plan.approve")).toHaveLength(1);
  });

  it("withdrawing while the supervisor approves: exactly one wins, and the events say which", async () => {
    const { planId } = await submittedPlan(owner, measure);
    const v = await planVersion(planId);
    const results = await Promise.allSettled([approvePlan(boss, planId, v, "承認"), withdrawPlan(owner, planId, v)]);
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === "OK")).toHaveLength(1);
    const expected = codes[0] === "OK" ? ["APPROVE", "APPROVED"] : ["REOPEN", "DRAFT"];
    const last = (await planEvents(planId)).at(-1);
    const plan = await planSnapshot(planId);
    expect([last?.action, last?.toStatus, plan.status, plan.version]).toEqual([...expected, expected[1], v + 1]);
    expect(plan.commitments.map((c) => c.status)).toEqual([expected[1]]);
  });

  it("submit racing with withdraw: the final state always matches the events and the commitments", async () => {
    const { planId } = await draftPlan(owner, measure, 2);
    for (let round = 0; round < 6; round++) {
      const start = await planSnapshot(planId);
      const eventsBefore = (await planEvents(planId)).length;
      // A second tab withdraws the submission it expects the first tab to make.
      const results = await Promise.allSettled([submitPlan(owner, planId, start.version), withdrawPlan(owner, planId, start.version + 1)]);
      const codes = results.map(codeOf);
      const events = (await planEvents(planId)).slice(eventsBefore);
      const plan = await planSnapshot(planId);
      expect(codes[0]).toBe("OK");
      expect(["OK", "CONFLICT", "NOT_ALLOWED"]).toContain(codes[1]);
      expect(events.map((e) => e.action)).toEqual(codes[1] === "OK" ? ["SUBMIT", "REOPEN"] : ["SUBMIT"]);
      expect(plan.status).toBe(events.at(-1)?.toStatus);
      expect(plan.version).toBe(start.version + events.length);
      expect(plan.commitments.map((c) => c.status)).toEqual([plan.status, plan.status]);
      if (plan.status === "SUBMITTED") await withdrawPlan(owner, planId, plan.version);
    }
  });

  it("the supervisor's comment does not bump the version, so the owner's save after it succeeds", async () => {
    const { planId } = await submittedPlan(owner, measure);
    const loadedByBoss = await planVersion(planId);
    await commentOnPlan(boss, planId, "読みました。");
    await approvePlan(boss, planId, loadedByBoss, "");
    const loadedByOwner = await planVersion(planId);
    await commentOnPlan(boss, planId, "進捗を楽しみにしています。");
    await commentOnPlan(bureauChief, planId, "局としても期待しています。");
    await updatePlanContent(owner, planId, planContent(loadedByOwner, { visionNow: "コメント後の保存" }));
    expect(await planSnapshot(planId)).toMatchObject({ visionNow: "コメント後の保存", status: "APPROVED" });
    expect((await planEvents(planId)).filter((e) => e.action === "COMMENT")).toHaveLength(3);
  });

  // submitPlan counts live commitments and commitment writes change them: both take the plan's
  // row lock (lockPlan), so a drop cannot slip in between the count and the submit. The plan
  // row is held here to force that interleaving.
  it("dropping the last commitment while the plan is being submitted never leaves a SUBMITTED plan without one", async () => {
    const { planId, commitmentIds } = await draftPlan(owner, measure, 1);
    const [only = 0] = commitmentIds;
    const v = await planVersion(planId);
    // Backends waiting on `pid`, directly or queued behind one that is (row locks queue).
    const blockedBy = async (pid: number) =>
      (
        await db.$queryRaw<{ n: number }[]>`
          WITH direct AS (SELECT pid FROM pg_stat_activity WHERE ${pid}::int = ANY(pg_blocking_pids(pid)))
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE pid IN (SELECT pid FROM direct) OR pg_blocking_pids(pid) && ARRAY(SELECT pid FROM direct)`
      )[0]?.n ?? 0;
    const waitUntil = async (condition: () => Promise<boolean>) => {
      for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    const settle = (p: Promise<unknown>) =>
      p.then(
        () => "OK",
        (e: unknown) => (e instanceof AppError ? e.code : String(e)),
      );
    let submitting: Promise<string> = Promise.resolve("not started");
    let dropping: Promise<string> = Promise.resolve("not started");
    await db.$transaction(
      async (tx) => {
        const [{ pid = 0 } = {}] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        await tx.$queryRaw`SELECT id FROM development_plan WHERE id = ${planId} FOR UPDATE`;
        // The submit has counted one live commitment and now waits on the plan row…
        submitting = settle(submitPlan(owner, planId, v));
        await waitUntil(async () => (await blockedBy(pid)) >= 1);
        // …while the drop runs: it completes, or (once fixed) queues behind the submit.
        let dropDone = false;
        dropping = settle(dropIndividualCommitment(owner, only, 1, "取りやめ")).finally(() => (dropDone = true));
        await waitUntil(async () => dropDone || (await blockedBy(pid)) >= 2);
      },
      { timeout: 10_000 },
    );
    const outcome = [await submitting, await dropping];
    const plan = await db.developmentPlan.findUniqueOrThrow({
      where: { id: planId },
      select: { status: true, _count: { select: { commitments: { where: { status: { not: "DROPPED" } } } } } },
    });
    expect({ status: plan.status, live: plan._count.commitments }).not.toEqual({ status: "SUBMITTED", live: 0 });
    expect(outcome.filter((code) => code === "OK")).toHaveLength(1);
  });
});
