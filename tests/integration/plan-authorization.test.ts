import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import {
  addIndividualCommitment,
  dropIndividualCommitment,
  moveIndividualCommitment,
  updateIndividualCommitment,
} from "@/lib/year/commitments/individual-commitments";
import { recordIndividualProgress } from "@/lib/year/commitments/record-progress";
import { db } from "@/lib/platform/db/client";
import { findPlanHistory, findReviewQueue } from "@/lib/year/plans/find-plans";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import type { PlanReader } from "@/lib/year/plans/plan-access";
import { approvePlan, commentOnPlan, returnPlan } from "@/lib/year/plans/review-plan";
import { submitPlan, withdrawPlan } from "@/lib/year/plans/submit-plan";
import { updatePlanContent, updateReflection } from "@/lib/year/plans/update-plan";
import {
  FY,
  actorById,
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
  seededActor,
  submittedPlan,
  type Team,
} from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Who may do what with one employee's development plans (issue 3, first rule), for each role
 * and relation to the owner, always asking by the plan's id as a forged request would. The
 * owner is a member of a test 係 in 健康福祉局 with their own 係長; they hold three plans:
 * last year's (APPROVED, written directly), this year's (APPROVED) and next year's (SUBMITTED).
 */

const WISHES = { transferWishFields: "福祉分野", transferWishComment: "区役所で相談業務を経験したい。" };

let team: Team;
let owner: Actor;
let measure: number;
const plans = { previous: 0, current: 0, next: 0, commitment: 0 };
const actors = {} as Record<Who, Actor>;

type Who =
  | "owner"
  | "supervisor"
  | "bureauChief"
  | "hr"
  | "bureauCoordinator"
  | "hq"
  | "colleague"
  | "otherSupervisorSameBureau"
  | "otherBureauCoordinator"
  | "otherWardHead"
  | "otherWardChief";

// [who, relation, reads as, sees transfer wishes, reviews]
const CASES: [Who, string, PlanReader | null, boolean, boolean][] = [
  ["owner", "the owner", "OWNER", true, false],
  ["supervisor", "their 係長 (SUPERVISOR of their 係, and their supervisorId)", "SUPERVISOR", true, true],
  ["bureauChief", "健康福祉局's 局長 (SUPERVISOR of the whole bureau)", "SUPERVISOR", true, true],
  ["hr", "demo-hr (HR_DIVISION)", "HR_DIVISION", true, false],
  ["bureauCoordinator", "demo-bureau (BUREAU_COORDINATOR of the same bureau)", "BUREAU_COORDINATOR", false, false],
  ["hq", "demo-hq (HEADQUARTERS)", null, false, false],
  ["colleague", "a plain employee in the same 係", null, false, false],
  ["otherSupervisorSameBureau", "demo-supervisor (SUPERVISOR of another 係 in the same bureau)", null, false, false],
  ["otherBureauCoordinator", "青葉区's 副区長 (BUREAU_COORDINATOR of another bureau)", null, false, false],
  ["otherWardHead", "青葉区's 区長 (SUPERVISOR of all of another bureau)", null, false, false],
  ["otherWardChief", "a 係長 in 青葉区 (SUPERVISOR of a 係 elsewhere)", null, false, false],
];

const viewAudits = (actor: Actor, planId: number) =>
  db.auditLog.findMany({ where: { action: "plan.view" satisfies AuditAction, actorId: actor.employeeId, entityId: String(planId) }, select: { detail: true } });

beforeAll(async () => {
  team = await createTeam("auth", 2);
  [owner] = team.members as [Actor, Actor];
  measure = await measureId(1, 1);
  const staff = (staffNumber: string) => seededActor({ staffNumber });
  Object.assign(actors, {
    owner,
    supervisor: team.supervisor,
    bureauChief: await seededActor({ rank: "局長", unit: { name: "健康福祉局", kind: "BUREAU" } }),
    hr: await staff("demo-hr"),
    bureauCoordinator: await staff("demo-bureau"),
    hq: await staff("demo-hq"),
    colleague: team.members[1],
    otherSupervisorSameBureau: await staff("demo-supervisor"),
    otherBureauCoordinator: await seededActor({ rank: "副区長", unit: { name: "青葉区" } }),
    otherWardHead: await seededActor({ rank: "区長", unit: { name: "青葉区" } }),
    otherWardChief: await seededActor({ rank: "係長", unit: { name: "母子保健係" } }),
  });
  // The actors must hold the roles the table says they hold, or the NOT_FOUND rows prove nothing.
  expect(actors.otherBureauCoordinator.grants.map((g) => g.role)).toContain("BUREAU_COORDINATOR");
  expect(actors.otherWardHead.grants.map((g) => g.role)).toContain("SUPERVISOR");
  expect(actors.otherWardChief.grants.map((g) => g.role)).toContain("SUPERVISOR");
  expect(actors.bureauChief.grants.find((g) => g.role === "SUPERVISOR")?.includeSubunits).toBe(true);

  plans.previous = (
    await db.developmentPlan.create({ data: { employeeId: owner.employeeId, fiscalYear: FY - 1, status: "APPROVED", visionNow: "昨年度", ...WISHES } })
  ).id;
  const current = await approvedPlan(owner, team.supervisor, measure, 2);
  plans.current = current.planId;
  plans.commitment = current.commitmentIds[0] ?? 0;
  plans.next = (await submittedPlan(owner, measure, 1, FY + 1)).planId;
});

afterAll(async () => {
  await team?.remove();
});

describe.each(CASES)("%s — %s", (who, _relation, reader, seesWishes, reviews) => {
  it(
    reader ? `reads the plan by id as ${reader}, history and previous year included` : "gets NOT_FOUND for the plan by id, its history and previous year",
    async () => {
      const actor = actors[who];
      const viewsBefore = (await viewAudits(actor, plans.current)).length;
      if (reader === null) {
        const missing = await expectAppError(getPlanDetail(actor, 2_000_000_000), "NOT_FOUND");
        for (const planId of [plans.previous, plans.current, plans.next]) {
          // Indistinguishable from a plan that does not exist: nothing about it leaks.
          expect((await expectAppError(getPlanDetail(actor, planId), "NOT_FOUND")).message).toBe(missing.message);
        }
        await expectAppError(findPlanHistory(actor, owner.employeeId), "NOT_FOUND");
        await expectAppError(getPlanDetail(actor, plans.current, { withPrevious: true }), "NOT_FOUND");
        expect((await viewAudits(actor, plans.current)).length).toBe(viewsBefore);
        return;
      }
      const { access, plan } = await getPlanDetail(actor, plans.current);
      expect([access.reader, access.canEdit, access.canReview, access.canSeeTransferWishes]).toEqual([reader, who === "owner", reviews, seesWishes]);
      expect([plan.id, plan.employeeId, plan.status, plan.visionNow, plan.commitments.length]).toEqual([
        plans.current,
        owner.employeeId,
        "APPROVED",
        "制度を分かりやすく説明できる。",
        2,
      ]);
      // Hidden means absent from the returned object (null), not merely left off the page.
      const wishes = { transferWishFields: plan.transferWishFields, transferWishComment: plan.transferWishComment };
      expect(wishes).toEqual(seesWishes ? WISHES : { transferWishFields: null, transferWishComment: null });
      expect(JSON.stringify(plan).includes(WISHES.transferWishComment)).toBe(seesWishes);
      const lastYear = (await getPlanDetail(actor, plans.previous)).plan;
      expect(lastYear.transferWishFields).toBe(seesWishes ? WISHES.transferWishFields : null);

      const history = await findPlanHistory(actor, owner.employeeId);
      expect(history.map((row) => [row.id, row.fiscalYear])).toEqual([
        [plans.next, FY + 1],
        [plans.current, FY],
        [plans.previous, FY - 1],
      ]);
      const withPrevious = await getPlanDetail(actor, plans.current, { withPrevious: true });
      expect([withPrevious.plan.id, withPrevious.previous?.id, withPrevious.previous?.transferWishFields ?? null]).toEqual([
        plans.current,
        plans.previous,
        seesWishes ? WISHES.transferWishFields : null,
      ]);

      // Reading another person's plan is recorded; the owner's own reading is not.
      const views = await viewAudits(actor, plans.current);
      if (who === "owner") expect(views.length).toBe(viewsBefore);
      // Read twice above: alone, then with the previous year beside it.
      else expect(views.slice(viewsBefore).map((row) => row.detail)).toEqual([{ as: reader }, { as: reader }]);
    },
  );

  it(reviews ? "comments without changing the plan's version" : "cannot approve, return or comment: NOT_FOUND, nothing changed", async () => {
    const actor = actors[who];
    const version = await planVersion(plans.next);
    if (reviews) {
      await commentOnPlan(actor, plans.next, `確認しました（${who}）`);
      expect((await planEvents(plans.next)).at(-1)).toEqual({
        action: "COMMENT",
        fromStatus: "SUBMITTED",
        toStatus: "SUBMITTED",
        comment: `確認しました（${who}）`,
        actorId: actor.employeeId,
      });
      expect(await planVersion(plans.next)).toBe(version);
      return;
    }
    const before = await planSnapshot(plans.next);
    // The plan is SUBMITTED at this version, so each of these would succeed if allowed.
    await expectAppError(approvePlan(actor, plans.next, version, "承認"), "NOT_FOUND");
    await expectAppError(returnPlan(actor, plans.next, version, "差戻し"), "NOT_FOUND");
    await expectAppError(commentOnPlan(actor, plans.next, "コメント"), "NOT_FOUND");
    expect(await planSnapshot(plans.next)).toEqual(before);
  });

  // The owner's own writes are the subject of plan-workflow.test.ts and the last test here.
  if (who !== "owner")
    it("cannot write to the plan, its commitments or its progress: NOT_FOUND, nothing changed", async () => {
      const actor = actors[who];
      const [current, next] = [await planSnapshot(plans.current), await planSnapshot(plans.next)];
      const version = current.version;
      const cv = await commitmentVersion(plans.commitment);
      // This year's plan is APPROVED, so as its owner each write would succeed (a goal change as a change to review).
      await expectAppError(updatePlanContent(actor, plans.current, planContent(version, { visionNow: "上書き" })), "NOT_FOUND");
      await expectAppError(updateReflection(actor, plans.current, { version, reflection: "上書き" }), "NOT_FOUND");
      await expectAppError(addIndividualCommitment(actor, plans.current, commitmentInput(measure)), "NOT_FOUND");
      await expectAppError(updateIndividualCommitment(actor, plans.commitment, cv, commitmentInput(measure, { title: "上書き" })), "NOT_FOUND");
      await expectAppError(moveIndividualCommitment(actor, plans.commitment, "down"), "NOT_FOUND");
      await expectAppError(dropIndividualCommitment(actor, plans.commitment, cv, "不要"), "NOT_FOUND");
      await expectAppError(recordIndividualProgress(actor, plans.commitment, progressInput(cv, { percent: 100 })), "NOT_FOUND");
      await expectAppError(withdrawPlan(actor, plans.next, next.version), "NOT_FOUND");
      await expectAppError(submitPlan(actor, plans.next, next.version), "NOT_FOUND");
      expect(await planSnapshot(plans.current)).toEqual(current);
      expect(await planSnapshot(plans.next)).toEqual(next);
    });
});

describe("reviewing", () => {
  it("puts the submitted plan in its supervisors' queues only; a coordinator or HR has no queue", async () => {
    const queued = async (who: Who) => (await findReviewQueue(actors[who])).plans.map((row) => row.id);
    expect(await queued("supervisor")).toContain(plans.next);
    expect(await queued("bureauChief")).toContain(plans.next);
    for (const who of ["otherSupervisorSameBureau", "otherWardHead", "otherWardChief"] as const) expect(await queued(who)).not.toContain(plans.next);
    for (const who of ["bureauCoordinator", "hr", "hq", "owner"] as const) await expectAppError(findReviewQueue(actors[who]), "NOT_FOUND");
  });

  it("lets the supervisor return and approve, and never the owner, even with the right version", async () => {
    const colleague = actors.colleague;
    const { planId } = await submittedPlan(colleague, measure);
    await expectAppError(approvePlan(colleague, planId, await planVersion(planId), "自分で承認"), "NOT_FOUND");
    await expectAppError(returnPlan(colleague, planId, await planVersion(planId), ""), "NOT_FOUND");
    await returnPlan(team.supervisor, planId, await planVersion(planId), "目標を具体的に。");
    await updatePlanContent(colleague, planId, planContent(await planVersion(planId), { visionNow: "具体的にした。" }));
    await submitPlan(colleague, planId, await planVersion(planId));
    await expectAppError(approvePlan(colleague, planId, await planVersion(planId), ""), "NOT_FOUND");
    await approvePlan(team.supervisor, planId, await planVersion(planId), "良い計画です。");
    const events = (await planEvents(planId)).map((e) => [e.action, e.actorId]);
    const [me, boss] = [colleague.employeeId, team.supervisor.employeeId];
    expect(events).toEqual([
      ["CREATE", me],
      ["SUBMIT", me],
      ["RETURN", boss],
      ["SUBMIT", me],
      ["APPROVE", boss],
    ]);
    expect((await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } })).reviewerId).toBe(boss);
  });

  it("does not let a 係長 approve their own plan, though they supervise their own 係; their 局長 can", async () => {
    const chief = team.supervisor;
    const { planId } = await submittedPlan(chief, measure);
    await expectAppError(approvePlan(chief, planId, await planVersion(planId), "自分で承認"), "NOT_FOUND");
    await expectAppError(commentOnPlan(chief, planId, "自分にコメント"), "NOT_FOUND");
    expect((await findReviewQueue(chief)).plans.map((row) => row.id)).not.toContain(planId);
    await approvePlan(actors.bureauChief, planId, await planVersion(planId), "");
    expect((await planEvents(planId)).at(-1)).toMatchObject({ action: "APPROVE", actorId: actors.bureauChief.employeeId });
  });
});

describe("the owner", () => {
  it("edits their own approved plan: progress keeps it approved, and so does a goal change", async () => {
    const fresh = await actorById(owner.employeeId);
    const id = plans.commitment;
    await recordIndividualProgress(fresh, id, progressInput(await commitmentVersion(id), { percent: 50 }));
    await updateReflection(fresh, plans.current, { version: await planVersion(plans.current), reflection: "半分まで来た。" });
    expect((await planSnapshot(plans.current)).status).toBe("APPROVED");
    await updatePlanContent(fresh, plans.current, planContent(await planVersion(plans.current), { visionNow: "書き直した。" }));
    const after = await db.developmentPlan.findUniqueOrThrow({ where: { id: plans.current }, select: { status: true, visionNow: true, reflection: true } });
    expect(after).toEqual({ status: "APPROVED", visionNow: "書き直した。", reflection: "半分まで来た。" });
  });
});
