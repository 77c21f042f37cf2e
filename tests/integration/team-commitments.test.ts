import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { computeMetric } from "@/lib/year/commitments/compute-metric";
import { createCommitment } from "@/lib/year/commitments/create-commitment";
import { dropCommitment } from "@/lib/year/commitments/drop-commitment";
import { findOwnCommitments } from "@/lib/year/commitments/find-commitments";
import { findCommitmentsForReview } from "@/lib/year/commitments/find-commitments-for-review";
import { getCommitment } from "@/lib/year/commitments/get-commitment";
import { approveCommitment, commentOnCommitment, returnCommitment } from "@/lib/year/commitments/review-commitment";
import { recordCommitmentProgress, recordMetricSnapshot } from "@/lib/year/commitments/standalone-progress";
import { submitCommitment, withdrawCommitment } from "@/lib/year/commitments/submit-commitment";
import { teamCommitmentSchema } from "@/lib/year/commitments/team-schemas";
import { updateCommitment } from "@/lib/year/commitments/update-commitment";
import { db } from "@/lib/platform/db/client";
import { FY, actorById, expectAppError, measureId, progressInput, todayIso } from "@/tests/support/plan-fixtures";
import {
  commitmentAudits,
  commitmentEvents,
  commitmentSnapshot,
  commitmentVersionOf as v,
  createTeamUnit,
  expectedFigures,
  seededRoles,
  type TeamUnitFixture,
  teamInput,
} from "@/tests/support/team-commitment-fixtures";

/**
 * Team commitments (issue 4, item 4): who may read, write and review them, the workflow and its
 * forged transitions, the progress the portal computes, refused input and concurrent edits.
 */

let team: TeamUnitFixture;
let chief: Actor;
let roles: Awaited<ReturnType<typeof seededRoles>>;
let measure: number;

beforeAll(async () => {
  team = await createTeamUnit();
  chief = team.chief;
  roles = await seededRoles();
  measure = await measureId(1, 2);
});

afterAll(async () => {
  await team?.remove();
});

const create = (overrides: Record<string, unknown> = {}) => createCommitment(chief, "TEAM", teamInput(team.unitId, measure, overrides));
const edit = (overrides: Record<string, unknown> = {}) =>
  teamCommitmentSchema.parse({
    title: "新任職員全員にOJT指導担当を付ける",
    measureId: measure,
    targetKind: "text",
    targetText: "5月末までに全員",
    ...overrides,
  });
const submitted = async () => {
  const id = await create();
  await submitCommitment(chief, id, 1);
  return id;
};
const approved = async (overrides: Record<string, unknown> = {}) => {
  const id = await create(overrides);
  await submitCommitment(chief, id, 1);
  await approveCommitment(roles.bureauCoordinator, id, 2, "");
  return id;
};

describe("who may see and change a team commitment", () => {
  it("reads: the unit's supervisor owns it, the bureau's coordinator reviews it, HR reads it; nobody else finds it", async () => {
    const id = await create();
    expect((await getCommitment(chief, id)).access).toEqual({ reader: "OWNER", canEdit: true, canReview: false });
    expect((await getCommitment(roles.bureauCoordinator, id)).access).toEqual({ reader: "REVIEWER", canEdit: false, canReview: true });
    expect((await getCommitment(roles.hr, id)).access).toEqual({ reader: "HR_DIVISION", canEdit: false, canReview: false });
    const member = await actorById(team.young[0] ?? 0);
    for (const outsider of [roles.hq, roles.otherBureauCoordinator, roles.otherSupervisor, roles.bureauChief, member]) {
      await expectAppError(getCommitment(outsider, id), "NOT_FOUND");
    }
    const mine = await findOwnCommitments(chief, "TEAM", FY);
    expect(mine.map((group) => [group.unit.id, group.commitments.some((c) => c.id === id)])).toEqual([[team.unitId, true]]);
    expect((await findCommitmentsForReview(roles.bureauCoordinator, "TEAM", FY)).others.map((c) => c.id)).toContain(id);
    const elsewhere = await findCommitmentsForReview(roles.otherBureauCoordinator, "TEAM", FY);
    expect([...elsewhere.awaiting, ...elsewhere.others].map((c) => c.id)).not.toContain(id);
    for (const outsider of [roles.hq, roles.hr, member]) await expectAppError(findOwnCommitments(outsider, "TEAM", FY), "NOT_FOUND");
    for (const outsider of [roles.hq, roles.otherSupervisor, chief]) await expectAppError(findCommitmentsForReview(outsider, "TEAM", FY), "NOT_FOUND");
  });

  it("writes by id: only the owner changes it and only the covering coordinator reviews it; everyone else gets NOT_FOUND and nothing changes", async () => {
    const id = await submitted();
    const before = await commitmentSnapshot(id);
    const notOwners = [roles.bureauCoordinator, roles.otherBureauCoordinator, roles.otherSupervisor, roles.bureauChief, roles.hr, roles.hq];
    for (const actor of notOwners) {
      await expectAppError(updateCommitment(actor, id, before.version, edit({ title: "乗っ取り" })), "NOT_FOUND");
      await expectAppError(withdrawCommitment(actor, id, before.version), "NOT_FOUND");
      await expectAppError(submitCommitment(actor, id, before.version), "NOT_FOUND");
      await expectAppError(dropCommitment(actor, id, before.version, "乗っ取り"), "NOT_FOUND");
      await expectAppError(recordCommitmentProgress(actor, id, progressInput(before.version, { percent: 50 })), "NOT_FOUND");
    }
    // The owner does not review their own; a supervisor over the whole bureau does not either.
    for (const actor of [chief, roles.otherBureauCoordinator, roles.otherSupervisor, roles.bureauChief, roles.hr, roles.hq]) {
      await expectAppError(approveCommitment(actor, id, before.version, "承認"), "NOT_FOUND");
      await expectAppError(returnCommitment(actor, id, before.version, "差し戻し"), "NOT_FOUND");
      await expectAppError(commentOnCommitment(actor, id, "コメント"), "NOT_FOUND");
    }
    expect(await commitmentSnapshot(id)).toEqual(before);
  });

  it("creates only for a unit the supervisor leads", async () => {
    const count = () => db.commitment.count({ where: { ownerUnitId: team.unitId } });
    const before = await count();
    await expectAppError(createCommitment(roles.otherSupervisor, "TEAM", teamInput(team.unitId, measure)), "INVALID_INPUT", "unitId", "invalid");
    await expectAppError(createCommitment(chief, "TEAM", teamInput(team.subUnitId, measure)), "INVALID_INPUT", "unitId", "invalid");
    for (const actor of [roles.hq, roles.hr, roles.bureauCoordinator])
      await expectAppError(createCommitment(actor, "TEAM", teamInput(team.unitId, measure)), "NOT_FOUND");
    expect(await count()).toBe(before);
  });
});

describe("the review loop", () => {
  it("DRAFT → SUBMITTED → RETURNED → SUBMITTED → DRAFT → SUBMITTED → APPROVED → IN_PROGRESS → DONE, with events, audits and notifications", async () => {
    const id = await create({ metric: "MANUAL" });
    const [me, coordinator] = [chief.employeeId, roles.bureauCoordinator.employeeId];
    await submitCommitment(chief, id, 1);
    await returnCommitment(roles.bureauCoordinator, id, 2, "期限をもう少し早めてください。");
    await updateCommitment(chief, id, 3, edit({ targetText: "4月末までに全員" }));
    await submitCommitment(chief, id, 4);
    await withdrawCommitment(chief, id, 5);
    await submitCommitment(chief, id, 6);
    await commentOnCommitment(roles.bureauCoordinator, id, "良い取組です。");
    await approveCommitment(roles.bureauCoordinator, id, 7, "承認します。");
    await recordCommitmentProgress(chief, id, progressInput(8, { percent: 40, note: "2人に指導担当" }));
    await recordCommitmentProgress(chief, id, progressInput(9, { percent: 100, actualValue: 3, note: "全員に付いた" }));

    const row = await db.commitment.findUniqueOrThrow({ where: { id }, include: { progress: { orderBy: { id: "asc" } } } });
    expect([row.status, row.version, row.progressPercent, row.actualValue?.toString(), row.targetText]).toEqual(["DONE", 10, 100, "3", "4月末までに全員"]);
    expect(row.progress.map((p) => [p.percent, p.note])).toEqual([
      [40, "2人に指導担当"],
      [100, "全員に付いた"],
    ]);
    const e = (action: string, fromStatus: string | null, toStatus: string, actorId: number, comment = "") => ({
      action,
      fromStatus,
      toStatus,
      comment,
      actorId,
    });
    expect(await commitmentEvents(id)).toEqual([
      e("CREATE", null, "DRAFT", me),
      e("SUBMIT", "DRAFT", "SUBMITTED", me),
      e("RETURN", "SUBMITTED", "RETURNED", coordinator, "期限をもう少し早めてください。"),
      e("SUBMIT", "RETURNED", "SUBMITTED", me),
      e("REOPEN", "SUBMITTED", "DRAFT", me),
      e("SUBMIT", "DRAFT", "SUBMITTED", me),
      e("COMMENT", "SUBMITTED", "SUBMITTED", coordinator, "良い取組です。"),
      e("APPROVE", "SUBMITTED", "APPROVED", coordinator, "承認します。"),
      e("STATUS", "APPROVED", "IN_PROGRESS", me),
      e("STATUS", "IN_PROGRESS", "DONE", me),
    ]);
    const audits = await commitmentAudits(id);
    const byCoordinator = ["commitment.return", "commitment.comment", "commitment.approve"];
    const writes = ["create", "submit", "return", "update", "submit", "withdraw", "submit", "comment", "approve", "progress", "progress"].map(
      (verb) => `commitment.${verb}`,
    );
    expect(audits.map((a) => [a.action, a.actorId])).toEqual(writes.map((action) => [action, byCoordinator.includes(action) ? coordinator : me]));
    expect(audits[3]?.detail).toMatchObject({
      before: { targetText: "5月末までに全員", status: "RETURNED" },
      after: { targetText: "4月末までに全員", status: "RETURNED" },
    });

    const coordinators = await db.$queryRaw<{ id: number }[]>`
      SELECT ra.employee_id AS id FROM role_assignment ra JOIN org_unit b ON b.id = ra.unit_id JOIN org_unit u ON u.id = ${team.unitId}
      JOIN employee c ON c.id = ra.employee_id AND c.active
      WHERE ra.role = 'BUREAU_COORDINATOR' AND position(b.path in u.path) = 1 AND ra.valid_from <= current_date AND (ra.valid_to IS NULL OR ra.valid_to >= current_date)`;
    expect(coordinators.map((c) => c.id)).toContain(coordinator);
    const notes = await db.notification.findMany({
      where: { href: `/commitments/${id}` },
      orderBy: { id: "asc" },
      select: { recipientId: true, kind: true, actorId: true, params: true },
    });
    const byId = (a: number, b: number) => a - b;
    const submittedTo = coordinators.map((c) => c.id).sort(byId);
    const submissions = submittedTo.map(() => "COMMITMENT_SUBMITTED");
    expect(notes.map((n) => n.kind)).toEqual([...submissions, "COMMITMENT_RETURNED", ...submissions, ...submissions, "COMMITMENT_APPROVED"]);
    expect(
      notes
        .filter((n) => n.kind === "COMMITMENT_SUBMITTED")
        .map((n) => [n.recipientId, n.actorId])
        .sort((a, b) => byId(a[0] ?? 0, b[0] ?? 0)),
    ).toEqual(
      submittedTo.flatMap((recipient) => [
        [recipient, me],
        [recipient, me],
        [recipient, me],
      ]),
    );
    expect(notes.filter((n) => n.kind !== "COMMITMENT_SUBMITTED").map((n) => [n.recipientId, n.actorId])).toEqual([
      [me, coordinator],
      [me, coordinator],
    ]);
    expect(notes[0]?.params).toMatchObject({ name: chief.name, unit: "試験チーム係" });
  });

  it("refuses forged transitions with NOT_ALLOWED and changes nothing", async () => {
    const id = await create();
    const refuse = async (attempt: (version: number) => Promise<unknown>) => {
      const before = await commitmentSnapshot(id);
      // The right version, so that only the state can be the reason for refusing.
      await expectAppError(attempt(before.version), "NOT_ALLOWED");
      expect(await commitmentSnapshot(id)).toEqual(before);
    };
    const coordinator = roles.bureauCoordinator;
    await refuse((version) => approveCommitment(coordinator, id, version, "下書きを承認"));
    await refuse((version) => returnCommitment(coordinator, id, version, "下書きを差戻し"));
    await refuse((version) => withdrawCommitment(chief, id, version));
    await refuse((version) => recordCommitmentProgress(chief, id, progressInput(version, { percent: 10 })));
    await submitCommitment(chief, id, await v(id));
    await refuse((version) => submitCommitment(chief, id, version));
    await refuse((version) => updateCommitment(chief, id, version, edit({ title: "審査中に変更" })));
    await refuse((version) => dropCommitment(chief, id, version, "審査中に取り下げ"));
    await approveCommitment(coordinator, id, await v(id), "");
    await refuse((version) => approveCommitment(coordinator, id, version, "二度目の承認"));
    await refuse((version) => returnCommitment(coordinator, id, version, "承認済みを差戻し"));
    await refuse((version) => submitCommitment(chief, id, version));
    await refuse((version) => recordMetricSnapshot(chief, id, version, "手入力の取組"));
    await dropCommitment(chief, id, await v(id), "方針が変わった");
    await refuse((version) => dropCommitment(chief, id, version, "二度目"));
    await refuse((version) => recordCommitmentProgress(chief, id, progressInput(version, { percent: 10 })));
    await refuse((version) => updateCommitment(chief, id, version, edit()));
  });

  it("reopens an approved commitment as DRAFT when its goal changes, and it can be approved again", async () => {
    const id = await approved();
    await updateCommitment(chief, id, await v(id), edit({ title: "目標を変えた" }));
    expect((await commitmentEvents(id)).at(-1)).toMatchObject({ action: "REOPEN", fromStatus: "APPROVED", toStatus: "DRAFT" });
    await submitCommitment(chief, id, await v(id));
    await approveCommitment(roles.bureauCoordinator, id, await v(id), "");
    expect((await commitmentSnapshot(id)).status).toBe("APPROVED");
  });
});

describe("progress the portal computes", () => {
  const figuresOf = async (id: number) => (await getCommitment(chief, id)).figures;

  it("counts OJT coverage, interviews per member and approved plans like independent counts, and moves with the data", async () => {
    const ojt = await approved({ metric: "OJT_COVERAGE", targetKind: "number", targetValue: 100, targetUnit: "%" });
    const interviews = await approved({ metric: "INTERVIEWS_PER_MEMBER", targetKind: "number", targetValue: 2, targetUnit: "回" });
    const plans = await approved({ metric: "PLAN_APPROVAL_RATE", targetKind: "text", targetText: "全員の計画を承認" });
    const check = async (unitIds: number[]) => {
      const expected = await expectedFigures(unitIds, chief.employeeId, 2);
      const [o, i, p] = [await figuresOf(ojt), await figuresOf(interviews), await figuresOf(plans)];
      expect(o).toMatchObject({ ...expected.ojt, percent: Math.round((100 * expected.ojt.reached) / expected.ojt.population) });
      expect(i).toMatchObject(expected.interviews);
      expect(i?.average).toBe(Math.round((100 * expected.interviews.interviews) / expected.interviews.population) / 100);
      expect(p).toMatchObject({ ...expected.plans, percent: Math.round((100 * expected.plans.reached) / expected.plans.population) });
      return [o, i, p] as const;
    };
    // Five active members besides the 係長 (the inactive one and the 係長 are not counted), three young.
    let [o, i, p] = await check([team.unitId]);
    expect([o?.population, o?.reached, i?.population, i?.interviews, p?.reached]).toEqual([3, 0, 5, 0, 0]);

    const [first = 0, second = 0] = team.young;
    const [trainer = 0] = team.old;
    await db.ojtPlan.create({ data: { traineeId: first, trainerId: trainer, supervisorId: chief.employeeId, fiscalYear: FY } });
    await db.ojtPlan.create({ data: { traineeId: second, trainerId: trainer, supervisorId: chief.employeeId, fiscalYear: FY - 1 } });
    const interview = (employeeId: number, heldOn: string) =>
      db.careerInterview.create({ data: { employeeId, supervisorId: chief.employeeId, heldOn: new Date(`${heldOn}T00:00:00Z`), kind: "OTHER" } });
    await interview(first, todayIso());
    await interview(first, todayIso());
    await interview(first, todayIso());
    await interview(trainer, todayIso());
    await interview(second, `${FY - 1}-06-01`);
    await db.developmentPlan.create({ data: { employeeId: trainer, fiscalYear: FY, status: "APPROVED" } });
    await db.developmentPlan.create({ data: { employeeId: second, fiscalYear: FY, status: "SUBMITTED" } });
    [o, i, p] = await check([team.unitId]);
    // Last year's OJT plan, last year's interview and a plan not yet approved do not count.
    expect([o?.reached, o?.percent, i?.interviews, i?.reached, i?.percent, p?.reached, p?.percent]).toEqual([1, 33, 4, 1, 30, 1, 20]);

    // Led with its sub-units, the unit's members include the 係 below it.
    await db.roleAssignment.update({ where: { id: team.assignmentId }, data: { includeSubunits: true } });
    try {
      [o, i, p] = await check([team.unitId, team.subUnitId]);
      expect([o?.population, i?.population, p?.population]).toEqual([4, 6, 6]);
    } finally {
      await db.roleAssignment.update({ where: { id: team.assignmentId }, data: { includeSubunits: false } });
    }

    // The owner keeps today's figure as a progress entry; nothing else computed is stored.
    await recordMetricSnapshot(chief, ojt, await v(ojt), "");
    const row = await db.commitment.findUniqueOrThrow({ where: { id: ojt }, include: { progress: true } });
    expect([row.status, row.progressPercent, row.progress.map((entry) => entry.percent)]).toEqual(["IN_PROGRESS", 33, [33]]);
    expect(await computeMetric(db, { metric: "MANUAL", ownerUnitId: team.unitId, fiscalYear: FY, targetValue: null })).toBeNull();
    await expectAppError(recordCommitmentProgress(chief, ojt, progressInput(await v(ojt), { percent: 90 })), "NOT_ALLOWED");
  });
});

describe("bad input", () => {
  it("is refused by the form's schema with field-level keys", () => {
    const errors = (input: Record<string, unknown>) => {
      const result = teamCommitmentSchema.safeParse({ title: "取組", measureId: measure, targetKind: "text", targetText: "目標", ...input });
      return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(errors({ title: "" })).toEqual({ title: "validation.required" });
    expect(errors({ metric: "EVERYTHING" })).toEqual({ metric: "validation.invalid" });
    expect(errors({ metric: "INTERVIEWS_PER_MEMBER" })).toEqual({ metric: "validation.number" });
    expect(errors({ metric: "INTERVIEWS_PER_MEMBER", targetKind: "number", targetValue: "0", targetUnit: "回" })).toEqual({ targetValue: "validation.number" });
  });

  it("is refused by the domain with nothing written", async () => {
    const count = async () => [
      await db.commitment.count({ where: { ownerUnitId: team.unitId } }),
      await db.auditLog.count({ where: { actorId: chief.employeeId } }),
    ];
    const before = await count();
    await expectAppError(create({ measureId: 999_999 }), "INVALID_INPUT", "measureId", "unknownMeasure");
    await expectAppError(create({ dueOn: `${FY + 1}-04-01` }), "INVALID_INPUT", "dueOn", "outsideFiscalYear");
    await expectAppError(create({ fiscalYear: FY - 1, dueOn: undefined }), "INVALID_INPUT", "fiscalYear", "invalid");
    // The form's rule again in the domain, for a request that bypassed the form.
    await expectAppError(
      createCommitment(chief, "TEAM", { ...teamInput(team.unitId, measure), metric: "INTERVIEWS_PER_MEMBER" }),
      "INVALID_INPUT",
      "metric",
      "number",
    );
    expect(await count()).toEqual(before);

    const id = await approved();
    const snapshot = await commitmentSnapshot(id);
    await expectAppError(updateCommitment(chief, id, snapshot.version, edit({ dueOn: `${FY - 1}-12-01` })), "INVALID_INPUT", "dueOn", "outsideFiscalYear");
    await expectAppError(
      recordCommitmentProgress(chief, id, progressInput(snapshot.version, { recordedOn: `${FY + 2}-01-01` })),
      "INVALID_INPUT",
      "recordedOn",
      "outsideFiscalYear",
    );
    await expectAppError(returnCommitment(roles.bureauCoordinator, id, snapshot.version, "  "), "INVALID_INPUT", "comment", "required");
    await expectAppError(commentOnCommitment(roles.bureauCoordinator, id, ""), "INVALID_INPUT", "comment", "required");
    expect(await commitmentSnapshot(id)).toEqual(snapshot);
  });
});

describe("concurrent edits", () => {
  it("refuses a stale version with CONFLICT, keeping what was saved first; a comment does not move the version", async () => {
    const id = await create();
    await updateCommitment(chief, id, 1, edit({ title: "先に保存した" }));
    const saved = await commitmentSnapshot(id);
    await expectAppError(updateCommitment(chief, id, 1, edit({ title: "後から保存した" })), "CONFLICT");
    await expectAppError(submitCommitment(chief, id, 1), "CONFLICT");
    await expectAppError(dropCommitment(chief, id, 1, "古い画面から"), "CONFLICT");
    expect(await commitmentSnapshot(id)).toEqual(saved);

    await submitCommitment(chief, id, saved.version);
    await commentOnCommitment(roles.bureauCoordinator, id, "確認中です。");
    await withdrawCommitment(chief, id, saved.version + 1);
    await expectAppError(approveCommitment(roles.bureauCoordinator, id, saved.version + 1, "古い画面から承認"), "CONFLICT");
    const approvedId = await approved();
    await recordCommitmentProgress(chief, approvedId, progressInput(3, { percent: 30 }));
    await expectAppError(recordCommitmentProgress(chief, approvedId, progressInput(3, { percent: 60 })), "CONFLICT");
    expect((await commitmentSnapshot(approvedId)).progressPercent).toBe(30);
    expect((await commitmentSnapshot(id)).title).toBe("先に保存した");
  });
});

describe("closed fiscal years", () => {
  // A year closed by the rollover is read-only for everyone but the HR division; 2096 is a year
  // no other test file writes to, so closing it here disturbs nobody.
  it("refuse the owner's edits and transitions on a commitment of a closed year, changing nothing", async () => {
    const year = 2096;
    await db.fiscalYear.create({ data: { year, status: "CLOSED", closedAt: new Date() } });
    const closed = await db.commitment.create({
      data: {
        level: "TEAM",
        fiscalYear: year,
        ownerUnitId: team.unitId,
        measureId: measure,
        title: "閉じた年度の取組",
        status: "DRAFT",
        createdById: chief.employeeId,
      },
      select: { id: true },
    });
    try {
      await expectAppError(submitCommitment(chief, closed.id, 1), "NOT_ALLOWED");
      await expectAppError(updateCommitment(chief, closed.id, 1, teamInput(team.unitId, measure, { fiscalYear: year, dueOn: "" })), "NOT_ALLOWED");
      await expectAppError(dropCommitment(chief, closed.id, 1, "理由"), "NOT_ALLOWED");
      expect(await db.commitment.findUniqueOrThrow({ where: { id: closed.id }, select: { status: true, version: true, title: true } })).toEqual({
        status: "DRAFT",
        version: 1,
        title: "閉じた年度の取組",
      });
    } finally {
      await db.commitment.delete({ where: { id: closed.id } });
      await db.fiscalYear.delete({ where: { year } });
    }
  });
});

// Issue 19: the reviewer's and the owner's confirmations name who was told (notify() answers
// it), and a decision says which queue it came from, for the way on to the next one waiting.
describe("the answers name who was told", () => {
  const told = async (id: number, kind: "COMMITMENT_SUBMITTED" | "COMMITMENT_APPROVED" | "COMMITMENT_RETURNED") =>
    (
      await db.notification.findMany({ where: { href: `/commitments/${id}`, kind }, orderBy: { id: "asc" }, select: { recipient: { select: { name: true } } } })
    ).map((row) => row.recipient.name);

  it("a submission names its first reviewer told and counts the others", async () => {
    const id = await create();
    const notified = await submitCommitment(chief, id, 1);
    const recipients = await told(id, "COMMITMENT_SUBMITTED");
    expect(recipients.length).toBeGreaterThan(0);
    expect(notified).toEqual({ first: recipients[0], others: recipients.length - 1 });
  });

  it("a decision names the owners told, with the level and year of its queue", async () => {
    const returned = await submitted();
    const outcome = await returnCommitment(roles.bureauCoordinator, returned, 2, "期限を見直してください。");
    const owners = await told(returned, "COMMITMENT_RETURNED");
    expect(owners).toContain(chief.name);
    expect(outcome).toEqual({ notified: { first: owners[0], others: owners.length - 1 }, level: "TEAM", fiscalYear: FY });
    const id = await submitted();
    const approval = await approveCommitment(roles.bureauCoordinator, id, 2, "");
    const approvedOwners = await told(id, "COMMITMENT_APPROVED");
    expect(approval.notified).toEqual({ first: approvedOwners[0], others: approvedOwners.length - 1 });
    // The next waiting in the reviewer's queue is the oldest submission still there.
    const waiting = await submitted();
    expect((await findCommitmentsForReview(roles.bureauCoordinator, "TEAM", FY)).awaiting.map((row) => row.id)).toContain(waiting);
  });
});
