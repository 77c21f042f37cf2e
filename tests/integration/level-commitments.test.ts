import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { computeMetric } from "@/lib/year/commitments/compute-metric";
import { createCommitment } from "@/lib/year/commitments/create-commitment";
import { dropCommitment } from "@/lib/year/commitments/drop-commitment";
import { findCityCommitments, findOwnCommitments } from "@/lib/year/commitments/find-commitments";
import { findCommitmentsForReview } from "@/lib/year/commitments/find-commitments-for-review";
import { getCommitment } from "@/lib/year/commitments/get-commitment";
import { approveCommitment, commentOnCommitment, returnCommitment } from "@/lib/year/commitments/review-commitment";
import { recordCommitmentProgress, recordMetricSnapshot } from "@/lib/year/commitments/standalone-progress";
import { submitCommitment, withdrawCommitment } from "@/lib/year/commitments/submit-commitment";
import { teamCommitmentSchema } from "@/lib/year/commitments/team-schemas";
import { updateCommitment } from "@/lib/year/commitments/update-commitment";
import { fiscalYearEnd, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { type BureauFixture, createBureau, holdersOf, levelInput } from "@/tests/support/level-commitment-fixtures";
import { FY, expectAppError, measureId, progressInput, seededActor, todayIso } from "@/tests/support/plan-fixtures";
import {
  commitmentAudits,
  commitmentEvents,
  commitmentSnapshot,
  expectedFigures,
  seededRoles,
  commitmentVersionOf as v,
} from "@/tests/support/team-commitment-fixtures";

/**
 * Bureau and city commitments (issue 5, item 1): the team level's model and workflow with each
 * level's owners, reviewers and readers; metrics over a bureau's subtree and over the city.
 */

let bureau: BureauFixture;
let coordinator: Actor;
let roles: Awaited<ReturnType<typeof seededRoles>>;
let employee: Actor;
let measure: number;

beforeAll(async () => {
  bureau = await createBureau();
  coordinator = bureau.coordinator;
  roles = await seededRoles();
  employee = await seededActor({ staffNumber: "demo-employee" });
  measure = await measureId(1, 2);
});

afterAll(async () => {
  await bureau?.remove();
});

const createBureauCommitment = (overrides: Record<string, unknown> = {}) =>
  createCommitment(coordinator, "BUREAU", levelInput("BUREAU", measure, bureau.unitId, overrides));
const createCityCommitment = async (overrides: Record<string, unknown> = {}) => {
  const id = await createCommitment(roles.hr, "CITY", levelInput("CITY", measure, undefined, overrides));
  bureau.cityIds.push(id);
  return id;
};
const edit = (overrides: Record<string, unknown> = {}) =>
  teamCommitmentSchema.parse({ title: "変更した取組", measureId: measure, targetKind: "text", targetText: "年度内", ...overrides });

describe("who may see and change a bureau commitment", () => {
  it("reads: the bureau's coordinator owns it, HR reviews it; everyone else, the parent bureau's coordinator included, gets NOT_FOUND", async () => {
    const id = await createBureauCommitment();
    expect((await getCommitment(coordinator, id)).access).toEqual({ reader: "OWNER", canEdit: true, canReview: false });
    expect((await getCommitment(roles.hr, id)).access).toEqual({ reader: "REVIEWER", canEdit: false, canReview: true });
    for (const outsider of [roles.hq, roles.bureauCoordinator, roles.otherBureauCoordinator, roles.otherSupervisor, roles.bureauChief, employee]) {
      await expectAppError(getCommitment(outsider, id), "NOT_FOUND");
    }
    const mine = await findOwnCommitments(coordinator, "BUREAU", FY);
    expect(mine.map((group) => [group.unit.id, group.commitments.some((c) => c.id === id)])).toEqual([[bureau.unitId, true]]);
    expect((await findCommitmentsForReview(roles.hr, "BUREAU", FY)).others.map((c) => c.id)).toContain(id);
    for (const outsider of [roles.hq, roles.hr, roles.otherSupervisor, employee]) await expectAppError(findOwnCommitments(outsider, "BUREAU", FY), "NOT_FOUND");
    for (const outsider of [roles.hq, roles.bureauCoordinator, coordinator, employee])
      await expectAppError(findCommitmentsForReview(outsider, "BUREAU", FY), "NOT_FOUND");
  });

  it("writes by id: only the owner changes it and only HR reviews it; nothing changes otherwise", async () => {
    const id = await createBureauCommitment();
    await submitCommitment(coordinator, id, 1);
    const before = await commitmentSnapshot(id);
    for (const actor of [roles.hr, roles.hq, roles.bureauCoordinator, roles.otherBureauCoordinator, roles.otherSupervisor, employee]) {
      await expectAppError(updateCommitment(actor, id, before.version, edit()), "NOT_FOUND");
      await expectAppError(withdrawCommitment(actor, id, before.version), "NOT_FOUND");
      await expectAppError(dropCommitment(actor, id, before.version, "乗っ取り"), "NOT_FOUND");
      await expectAppError(recordCommitmentProgress(actor, id, progressInput(before.version, { percent: 50 })), "NOT_FOUND");
    }
    for (const actor of [coordinator, roles.hq, roles.bureauCoordinator, roles.otherBureauCoordinator, employee]) {
      await expectAppError(approveCommitment(actor, id, before.version, "承認"), "NOT_FOUND");
      await expectAppError(returnCommitment(actor, id, before.version, "差し戻し"), "NOT_FOUND");
      await expectAppError(commentOnCommitment(actor, id, "コメント"), "NOT_FOUND");
    }
    expect(await commitmentSnapshot(id)).toEqual(before);
  });

  it("creates only for the bureau of the coordinator's grant", async () => {
    const count = () => db.commitment.count({ where: { level: "BUREAU", ownerUnitId: { in: bureau.unitIds } } });
    const before = await count();
    const parent = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true } });
    await expectAppError(createCommitment(coordinator, "BUREAU", levelInput("BUREAU", measure, parent.id)), "INVALID_INPUT", "unitId", "invalid");
    await expectAppError(createCommitment(coordinator, "BUREAU", levelInput("BUREAU", measure, bureau.unitIds[1])), "INVALID_INPUT", "unitId", "invalid");
    for (const actor of [roles.hr, roles.hq, employee])
      await expectAppError(createCommitment(actor, "BUREAU", levelInput("BUREAU", measure, bureau.unitId)), "NOT_FOUND");
    await expectAppError(
      createCommitment(roles.bureauCoordinator, "BUREAU", levelInput("BUREAU", measure, bureau.unitId)),
      "INVALID_INPUT",
      "unitId",
      "invalid",
    );
    expect(await count()).toBe(before);
  });
});

describe("who may see and change a city commitment", () => {
  it("HR owns it, the headquarters reviews it, every bureau coordinator reads it; employees and supervisors get NOT_FOUND", async () => {
    const id = await createCityCommitment();
    expect((await getCommitment(roles.hr, id)).access).toEqual({ reader: "OWNER", canEdit: true, canReview: false });
    expect((await getCommitment(roles.hq, id)).access).toEqual({ reader: "REVIEWER", canEdit: false, canReview: true });
    for (const reader of [coordinator, roles.bureauCoordinator, roles.otherBureauCoordinator]) {
      expect((await getCommitment(reader, id)).access).toEqual({ reader: "READER", canEdit: false, canReview: false });
      expect((await findCityCommitments(reader, FY)).map((c) => c.id)).toContain(id);
    }
    for (const outsider of [roles.otherSupervisor, roles.bureauChief, employee]) {
      await expectAppError(getCommitment(outsider, id), "NOT_FOUND");
      await expectAppError(findCityCommitments(outsider, FY), "NOT_FOUND");
    }
    expect((await findCommitmentsForReview(roles.hq, "CITY", FY)).others.map((c) => c.id)).toContain(id);
    for (const outsider of [roles.hr, coordinator]) await expectAppError(findCommitmentsForReview(outsider, "CITY", FY), "NOT_FOUND");
    for (const actor of [roles.hq, coordinator, employee]) await expectAppError(createCommitment(actor, "CITY", levelInput("CITY", measure)), "NOT_FOUND");
  });

  it("writes by id: readers cannot change or review it", async () => {
    const id = await createCityCommitment();
    await submitCommitment(roles.hr, id, 1);
    const before = await commitmentSnapshot(id);
    for (const actor of [roles.hq, coordinator, roles.bureauCoordinator, employee]) {
      await expectAppError(updateCommitment(actor, id, before.version, edit()), "NOT_FOUND");
      await expectAppError(withdrawCommitment(actor, id, before.version), "NOT_FOUND");
      await expectAppError(dropCommitment(actor, id, before.version, "乗っ取り"), "NOT_FOUND");
    }
    for (const actor of [roles.hr, coordinator, roles.bureauCoordinator, employee]) {
      await expectAppError(approveCommitment(actor, id, before.version, "承認"), "NOT_FOUND");
      await expectAppError(returnCommitment(actor, id, before.version, "差し戻し"), "NOT_FOUND");
      await expectAppError(commentOnCommitment(actor, id, "コメント"), "NOT_FOUND");
    }
    expect(await commitmentSnapshot(id)).toEqual(before);
  });
});

const notesOf = (id: number) =>
  db.notification.findMany({ where: { href: `/commitments/${id}` }, orderBy: { id: "asc" }, select: { recipientId: true, kind: true, actorId: true } });
const recipients = async (id: number, kind: string) =>
  (await notesOf(id))
    .filter((n) => n.kind === kind)
    .map((n) => n.recipientId)
    .sort((a, b) => a - b);

describe("the review loop", () => {
  it("BUREAU: submitted to HR, returned with a comment, approved, done; events, audits and notifications", async () => {
    const id = await createBureauCommitment({ metric: "MANUAL" });
    const [me, hr] = [coordinator.employeeId, roles.hr.employeeId];
    await submitCommitment(coordinator, id, 1);
    await expectAppError(returnCommitment(roles.hr, id, 2, " "), "INVALID_INPUT", "comment", "required");
    await returnCommitment(roles.hr, id, 2, "回数の根拠を書いてください。");
    await submitCommitment(coordinator, id, 3);
    await commentOnCommitment(roles.hr, id, "確認します。");
    await approveCommitment(roles.hr, id, 4, "");
    await recordCommitmentProgress(coordinator, id, progressInput(5, { percent: 50, actualValue: 1 }));
    await recordCommitmentProgress(coordinator, id, progressInput(6, { percent: 100, actualValue: 2 }));
    expect((await commitmentSnapshot(id)).status).toBe("DONE");
    expect((await commitmentEvents(id)).map((e) => [e.action, e.toStatus, e.actorId])).toEqual([
      ["CREATE", "DRAFT", me],
      ["SUBMIT", "SUBMITTED", me],
      ["RETURN", "RETURNED", hr],
      ["SUBMIT", "SUBMITTED", me],
      ["COMMENT", "SUBMITTED", hr],
      ["APPROVE", "APPROVED", hr],
      ["STATUS", "IN_PROGRESS", me],
      ["STATUS", "DONE", me],
    ]);
    const audits = await commitmentAudits(id);
    expect(audits.map((a) => a.action)).toEqual(
      ["create", "submit", "return", "submit", "comment", "approve", "progress", "progress"].map((verb) => `commitment.${verb}`),
    );
    expect(audits[0]?.detail).toMatchObject({ level: "BUREAU", unitId: bureau.unitId });
    // Submitted → every HR member; decided → the bureau's coordinators (here only ours).
    const hrMembers = await holdersOf("HR_DIVISION");
    expect(hrMembers).toContain(hr);
    expect(await recipients(id, "COMMITMENT_SUBMITTED")).toEqual([...hrMembers, ...hrMembers].sort((a, b) => a - b));
    expect(await recipients(id, "COMMITMENT_RETURNED")).toEqual(await holdersOf("BUREAU_COORDINATOR", bureau.unitId));
    expect(await recipients(id, "COMMITMENT_APPROVED")).toEqual([me]);
  });

  it("CITY: submitted to the headquarters, approved, told to the HR division (not the actor)", async () => {
    const id = await createCityCommitment({ metric: "MANUAL" });
    await submitCommitment(roles.hr, id, 1);
    await approveCommitment(roles.hq, id, 2, "推進本部として承認");
    expect(await recipients(id, "COMMITMENT_SUBMITTED")).toEqual(await holdersOf("HEADQUARTERS"));
    expect(await recipients(id, "COMMITMENT_APPROVED")).toEqual((await holdersOf("HR_DIVISION")).sort((a, b) => a - b));
    const audits = await commitmentAudits(id);
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["commitment.create", roles.hr.employeeId],
      ["commitment.submit", roles.hr.employeeId],
      ["commitment.approve", roles.hq.employeeId],
    ]);
    expect(await db.commitment.findUniqueOrThrow({ where: { id }, select: { ownerUnitId: true, level: true } })).toEqual({ ownerUnitId: null, level: "CITY" });
  });

  it("refuses forged transitions with NOT_ALLOWED, stale versions with CONFLICT, past years as read-only", async () => {
    const id = await createBureauCommitment();
    const refuse = async (attempt: (version: number) => Promise<unknown>, code: "NOT_ALLOWED" | "CONFLICT" = "NOT_ALLOWED", stale = false) => {
      const before = await commitmentSnapshot(id);
      await expectAppError(attempt(stale ? before.version - 1 : before.version), code);
      expect(await commitmentSnapshot(id)).toEqual(before);
    };
    await refuse((version) => approveCommitment(roles.hr, id, version, ""));
    await refuse((version) => withdrawCommitment(coordinator, id, version));
    await refuse((version) => recordCommitmentProgress(coordinator, id, progressInput(version, { percent: 10 })));
    await updateCommitment(coordinator, id, 1, edit({ title: "先に保存した" }));
    await refuse((version) => updateCommitment(coordinator, id, version, edit({ title: "古い画面から" })), "CONFLICT", true);
    await submitCommitment(coordinator, id, await v(id));
    await refuse((version) => submitCommitment(coordinator, id, version));
    await refuse((version) => approveCommitment(roles.hr, id, version, ""), "CONFLICT", true);
    await approveCommitment(roles.hr, id, await v(id), "");
    await refuse((version) => returnCommitment(roles.hr, id, version, "承認済みを差戻し"));
    await db.commitment.update({ where: { id }, data: { fiscalYear: FY - 1, dueOn: null } });
    await refuse((version) => updateCommitment(coordinator, id, version, edit()));
    await refuse((version) => dropCommitment(coordinator, id, version, "昨年度の取組"));
    await refuse((version) => recordCommitmentProgress(coordinator, id, progressInput(version, { percent: 10 })));
  });
});

describe("progress computed over the bureau's subtree and over the city", () => {
  it("counts a bureau's whole subtree (every depth, inactive staff left out) like independent counts", async () => {
    const ojt = await createBureauCommitment({ metric: "OJT_COVERAGE", targetValue: 100, targetUnit: "%" });
    const interviews = await createBureauCommitment({ metric: "INTERVIEWS_PER_MEMBER", targetValue: 1, targetUnit: "回" });
    const plans = await createBureauCommitment({ metric: "PLAN_APPROVAL_RATE" });
    const [first = 0, second = 0, third = 0] = bureau.young;
    const [trainer = 0] = bureau.old;
    const boss = coordinator.employeeId;
    await db.ojtPlan.create({ data: { traineeId: third, trainerId: trainer, supervisorId: boss, fiscalYear: FY } });
    await db.ojtPlan.create({ data: { traineeId: bureau.inactive, trainerId: trainer, supervisorId: boss, fiscalYear: FY } });
    await db.careerInterview.create({ data: { employeeId: second, supervisorId: boss, heldOn: new Date(`${todayIso()}T00:00:00Z`), kind: "OTHER" } });
    await db.careerInterview.create({ data: { employeeId: trainer, supervisorId: boss, heldOn: new Date(`${todayIso()}T00:00:00Z`), kind: "OTHER" } });
    await db.developmentPlan.create({ data: { employeeId: first, fiscalYear: FY, status: "APPROVED" } });
    await db.developmentPlan.create({ data: { employeeId: second, fiscalYear: FY, status: "SUBMITTED" } });

    // Nobody is left out at bureau level: excluded id 0 is nobody.
    const expected = await expectedFigures(bureau.unitIds, 0, 1);
    const figures = async (id: number) => (await getCommitment(coordinator, id)).figures;
    // 6 active (coordinator, 3 young, 2 long-serving); young 3, one with a plan; 2 interviews; 1 plan approved.
    expect([expected.ojt, expected.plans, expected.interviews.interviews]).toEqual([{ population: 3, reached: 1 }, { population: 6, reached: 1 }, 2]);
    expect(await figures(ojt)).toMatchObject({ ...expected.ojt, percent: 33 });
    expect(await figures(interviews)).toMatchObject({ ...expected.interviews, percent: 33 });
    expect(await figures(plans)).toMatchObject({ ...expected.plans, percent: 17 });
    // The owner keeps today's computed figure once approved, as at team level.
    await submitCommitment(coordinator, ojt, 1);
    await approveCommitment(roles.hr, ojt, 2, "");
    await recordMetricSnapshot(coordinator, ojt, 3, "");
    expect((await commitmentSnapshot(ojt)).progressPercent).toBe(33);
  });

  it("counts every active member of staff for a city commitment, read in one snapshot with independent counts", async () => {
    const end = toDateColumn(fiscalYearEnd(FY));
    const start = toDateColumn(fiscalYearStart(FY));
    // Other test files add and remove staff while we run: one repeatable-read snapshot for both.
    const [plans, interviews, expected] = await db.$transaction(
      async (tx) =>
        [
          await computeMetric(tx, { level: "CITY", metric: "PLAN_APPROVAL_RATE", ownerUnitId: null, fiscalYear: FY, targetValue: null }),
          await computeMetric(tx, { level: "CITY", metric: "INTERVIEWS_PER_MEMBER", ownerUnitId: null, fiscalYear: FY, targetValue: 1 }),
          {
            staff: await tx.employee.count({ where: { active: true } }),
            approved: await tx.developmentPlan.count({ where: { fiscalYear: FY, status: "APPROVED", employee: { active: true } } }),
            interviews: await tx.careerInterview.count({ where: { heldOn: { gte: start, lte: end }, employee: { active: true } } }),
          },
        ] as const,
      { isolationLevel: "RepeatableRead" },
    );
    expect(plans).toMatchObject({ population: expected.staff, reached: expected.approved });
    expect(interviews).toMatchObject({ population: expected.staff, interviews: expected.interviews });
    expect(expected.staff).toBeGreaterThan(6);
  });
});
