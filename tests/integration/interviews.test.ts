import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { acceptInterviewAction } from "@/lib/year/interviews/accept-interview-action";
import { declineInterviewAction } from "@/lib/year/interviews/decline-interview-action";
import { findMyInterviews } from "@/lib/year/interviews/find-my-interviews";
import { findTeamInterviews } from "@/lib/year/interviews/find-team-interviews";
import { getInterview } from "@/lib/year/interviews/get-interview";
import type { InterviewReader } from "@/lib/year/interviews/interview-access";
import { recordInterview } from "@/lib/year/interviews/record-interview";
import type { InterviewInput, InterviewUpdateInput } from "@/lib/year/interviews/schemas";
import { updateInterview } from "@/lib/year/interviews/update-interview";
import {
  approvedPlan,
  createTeam,
  expectAppError,
  FY,
  measureId,
  planSnapshot,
  seededActor,
  submittedPlan,
  type Team,
  todayIso,
} from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Career interviews (issue 4, item 3) for each role, always asking by id as a forged request
 * would. The interviewees are members of a test 係 under 健康福祉局 with their own 係長; every
 * interview, plan and notification here belongs to them and goes with the team at the end.
 */

const PRIVATE = `非公開-${randomUUID()}`;
let team: Team;
let measure: number;
const actors = {} as Record<Who, Actor>;
type Who = "owner" | "supervisor" | "bureauChief" | "hr" | "bureauCoordinator" | "hq" | "colleague" | "otherSupervisor" | "otherBureauCoordinator";

const dayFromToday = (days: number) => {
  const today = tokyoDate();
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return toIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
};

const input = (overrides: Partial<InterviewInput> = {}): InterviewInput => ({
  employeeId: actors.owner.employeeId,
  heldOn: todayIso(),
  kind: "START_OF_YEAR",
  agenda: "今年度の目標",
  sharedNotes: "制度の理解を深めることを確認した。",
  privateNotes: PRIVATE,
  actions: [],
  ...overrides,
});
const update = (version: number, overrides: Partial<InterviewUpdateInput> = {}): InterviewUpdateInput => {
  const { employeeId, ...fields } = input();
  return { ...fields, version, ...overrides };
};
const action = (title: string) => ({ title, measureId: measure });

const actionsOf = (interviewId: number) => db.interviewAction.findMany({ where: { interviewId }, orderBy: { id: "asc" } });
const auditsOf = (action: AuditAction, entityId: number) => db.auditLog.findMany({ where: { action, entityId: String(entityId) }, orderBy: { id: "asc" } });
const notificationsOf = (recipientId: number) => db.notification.findMany({ where: { recipientId, kind: "INTERVIEW_RECORDED" }, orderBy: { id: "asc" } });

/** Everything a refused write must leave as it was. */
async function interviewState(employeeId: number) {
  const [interviews, actions, audits, notifications, commitments] = await Promise.all([
    db.careerInterview.findMany({ where: { employeeId }, orderBy: { id: "asc" } }),
    db.interviewAction.findMany({ where: { interview: { employeeId } }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { entity: { in: ["career_interview", "interview_action"] }, action: { not: "interview.view" satisfies AuditAction } } }),
    db.notification.count({ where: { recipientId: employeeId } }),
    db.commitment.count({ where: { ownerEmployeeId: employeeId } }),
  ]);
  return { interviews, actions, audits, notifications, commitments };
}

beforeAll(async () => {
  team = await createTeam("interviews", 4);
  measure = await measureId(1, 1);
  const staff = (staffNumber: string) => seededActor({ staffNumber });
  Object.assign(actors, {
    owner: team.members[0],
    colleague: team.members[1],
    supervisor: team.supervisor,
    bureauChief: await seededActor({ rank: "局長", unit: { name: "健康福祉局", kind: "BUREAU" } }),
    hr: await staff("demo-hr"),
    bureauCoordinator: await staff("demo-bureau"),
    hq: await staff("demo-hq"),
    otherSupervisor: await staff("demo-supervisor"),
    otherBureauCoordinator: await seededActor({ rank: "副区長", unit: { name: "青葉区" } }),
  });
});

afterAll(async () => {
  if (!team) return;
  // Interviews hold RESTRICT keys to both people; their actions cascade with them.
  const everyone = [team.supervisor, ...team.members].map((member) => member.employeeId);
  await db.careerInterview.deleteMany({ where: { OR: [{ employeeId: { in: everyone } }, { supervisorId: { in: everyone } }] } });
  await team.remove();
});

describe("recording an interview", () => {
  it("a supervisor of the member records it with proposed actions; audited, and the member is notified", async () => {
    const before = (await notificationsOf(actors.owner.employeeId)).length;
    const { interviewId: id, notified } = await recordInterview(
      actors.supervisor,
      input({ actions: [action("通信講座を修了する"), action("窓口対応の手引きを作る")] }),
    );
    // What the supervisor's confirmation names: the member, and nobody else.
    expect(notified).toEqual({ first: actors.owner.name, others: 0 });
    const stored = await db.careerInterview.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      employeeId: actors.owner.employeeId,
      supervisorId: actors.supervisor.employeeId,
      kind: "START_OF_YEAR",
      privateNotes: PRIVATE,
      version: 1,
    });
    expect((await actionsOf(id)).map((a) => [a.title, a.status, a.commitmentId])).toEqual([
      ["通信講座を修了する", "PROPOSED", null],
      ["窓口対応の手引きを作る", "PROPOSED", null],
    ]);
    const [audit, ...more] = await auditsOf("interview.create", id);
    expect([audit?.actorId, more.length]).toEqual([actors.supervisor.employeeId, 0]);
    expect(audit?.detail).toMatchObject({
      employeeId: actors.owner.employeeId,
      after: { heldOn: todayIso(), actions: [{ title: "通信講座を修了する" }, { title: "窓口対応の手引きを作る" }] },
    });
    const notes = (await notificationsOf(actors.owner.employeeId)).slice(before);
    expect(notes.map((n) => [n.href, n.actorId])).toEqual([[`/interviews/${id}`, actors.supervisor.employeeId]]);
  });

  it("does not notify when there is nothing for the member to read or answer", async () => {
    const before = (await notificationsOf(actors.colleague.employeeId)).length;
    // …and the supervisor's confirmation names nobody.
    expect((await recordInterview(actors.supervisor, input({ employeeId: actors.colleague.employeeId, sharedNotes: "", actions: [] }))).notified).toEqual({
      first: null,
      others: 0,
    });
    expect((await notificationsOf(actors.colleague.employeeId)).length).toBe(before);
  });

  it("refuses bad input with the field and message, writing nothing", async () => {
    const before = await interviewState(actors.owner.employeeId);
    const cases: [Partial<InterviewInput>, string, string][] = [
      [{ heldOn: dayFromToday(1) }, "heldOn", "future"],
      [{ heldOn: `${FY - 1}-12-01` }, "heldOn", "outsideFiscalYear"],
      [{ heldOn: `${FY}-02-30` }, "heldOn", "date"],
      [{ kind: "WEEKLY" as never }, "kind", "invalid"],
      [{ sharedNotes: "長".repeat(4001) }, "sharedNotes", "tooLong"],
      [{ actions: Array.from({ length: 6 }, (_, i) => action(`取組${i}`)) }, "actions", "tooManyActions"],
      [{ actions: [action("よい取組"), { title: " ", measureId: measure }] }, "actions.1.title", "required"],
      [{ actions: [{ title: "取組", measureId: 2_000_000_000 }] }, "actions.0.measureId", "unknownMeasure"],
    ];
    for (const [overrides, field, key] of cases) await expectAppError(recordInterview(actors.supervisor, input(overrides)), "INVALID_INPUT", field, key);
    expect(await interviewState(actors.owner.employeeId)).toEqual(before);
  });

  it("is NOT_FOUND for anyone but a supervisor of the member, and for oneself", async () => {
    const before = await interviewState(actors.owner.employeeId);
    for (const who of ["owner", "colleague", "hr", "bureauCoordinator", "hq", "otherSupervisor"] as const) {
      await expectAppError(recordInterview(actors[who], input()), "NOT_FOUND");
    }
    await expectAppError(recordInterview(actors.supervisor, input({ employeeId: actors.supervisor.employeeId })), "NOT_FOUND");
    expect(await interviewState(actors.owner.employeeId)).toEqual(before);
  });
});

describe("reading an interview, by role", () => {
  let interviewId: number;
  beforeAll(async () => {
    interviewId = (await recordInterview(actors.supervisor, input({ kind: "MID_YEAR", actions: [action("読む試験")] }))).interviewId;
  });

  // [who, reads as, sees the private notes, edits]
  const CASES: [Who, InterviewReader | null, boolean, boolean][] = [
    ["owner", "OWNER", false, false],
    ["supervisor", "SUPERVISOR", true, true],
    ["bureauChief", "SUPERVISOR", true, false],
    ["hr", "HR_DIVISION", true, false],
    ["bureauCoordinator", "BUREAU_COORDINATOR", false, false],
    ["hq", null, false, false],
    ["colleague", null, false, false],
    ["otherSupervisor", null, false, false],
    ["otherBureauCoordinator", null, false, false],
  ];

  it.each(CASES)("%s reads as %s (private notes: %s, edits: %s)", async (who, reader, seesPrivate, edits) => {
    const actor = actors[who];
    const views = () =>
      db.auditLog.count({ where: { action: "interview.view" satisfies AuditAction, actorId: actor.employeeId, entityId: String(interviewId) } });
    const viewsBefore = await views();
    if (reader === null) {
      await expectAppError(getInterview(actor, interviewId), "NOT_FOUND");
      expect(await views()).toBe(viewsBefore);
      return;
    }
    const { interview, access } = await getInterview(actor, interviewId);
    expect([access.reader, access.canSeePrivateNotes, access.canEdit, access.canDecide]).toEqual([reader, seesPrivate, edits, who === "owner"]);
    // Hidden means absent from the object itself, not merely left off the page.
    expect(Object.keys(interview).includes("privateNotes")).toBe(seesPrivate);
    expect(JSON.stringify(interview).includes(PRIVATE)).toBe(seesPrivate);
    expect(interview.sharedNotes).toBe("制度の理解を深めることを確認した。");
    expect(interview.actions.map((a) => [a.title, a.status])).toEqual([["読む試験", "PROPOSED"]]);
    expect(await views()).toBe(who === "owner" ? viewsBefore : viewsBefore + 1);
  });

  it("lists the member's own interviews of one year without private notes, the years that hold any, and nobody else's", async () => {
    const mine = await findMyInterviews(actors.owner, FY);
    expect(mine.interviews.map((i) => i.id)).toContain(interviewId);
    expect(mine.years).toContainEqual({ fiscalYear: FY, count: mine.interviews.length });
    for (const interview of mine.interviews) expect(Object.keys(interview)).not.toContain("privateNotes");
    expect(JSON.stringify(mine).includes(PRIVATE)).toBe(false);
    expect((await findMyInterviews(actors.owner, FY - 1)).interviews.map((i) => i.id)).not.toContain(interviewId);
    expect((await findMyInterviews(actors.colleague, FY)).interviews.map((i) => i.id)).not.toContain(interviewId);
  });

  it("shows each supervisor their own team only, members without interviews first", async () => {
    const { rows } = await findTeamInterviews(actors.supervisor, FY);
    expect(rows.map((row) => row.employeeId).sort()).toEqual(team.members.map((m) => m.employeeId).sort());
    const owner = rows.find((row) => row.employeeId === actors.owner.employeeId);
    expect(owner).toMatchObject({ lastHeldOn: tokyoDate(), kinds: ["START_OF_YEAR", "MID_YEAR"] });
    expect(owner?.count).toBe(owner?.interviews.length);
    expect(rows.at(0)?.count).toBe(0);
    expect((await findTeamInterviews(actors.supervisor, FY - 1)).rows.every((row) => row.count === 0)).toBe(true);
    expect((await findTeamInterviews(actors.otherSupervisor, FY)).rows.map((row) => row.employeeId)).not.toContain(actors.owner.employeeId);
    await expectAppError(findTeamInterviews(actors.owner, FY), "NOT_FOUND");
    await expectAppError(findTeamInterviews(actors.hr, FY), "NOT_FOUND");
  });
});

describe("correcting an interview", () => {
  it("changes, removes and adds proposed actions; a stale version is a CONFLICT that changes nothing", async () => {
    const id = (await recordInterview(actors.supervisor, input({ actions: [action("残す"), action("消す")] }))).interviewId;
    const [keep, drop] = await actionsOf(id);
    const before = (await notificationsOf(actors.owner.employeeId)).length;
    await updateInterview(
      actors.supervisor,
      id,
      update(1, { sharedNotes: "書き直した。", actions: [{ id: keep?.id, title: "残して直す", measureId: measure }, action("足す")] }),
    );
    expect((await actionsOf(id)).map((a) => [a.id === keep?.id, a.title])).toEqual([
      [true, "残して直す"],
      [false, "足す"],
    ]);
    expect(await db.interviewAction.findUnique({ where: { id: drop?.id ?? 0 } })).toBeNull();
    expect((await notificationsOf(actors.owner.employeeId)).length).toBe(before + 1);
    const [audit] = await auditsOf("interview.update", id);
    expect(audit?.detail).toMatchObject({
      before: { sharedNotes: "制度の理解を深めることを確認した。", actions: [{ title: "残す" }, { title: "消す" }] },
      after: { sharedNotes: "書き直した。" },
    });

    const stored = await db.careerInterview.findUniqueOrThrow({ where: { id } });
    await expectAppError(updateInterview(actors.supervisor, id, update(1, { sharedNotes: "古い画面から" })), "CONFLICT");
    expect(await db.careerInterview.findUniqueOrThrow({ where: { id } })).toEqual(stored);
    expect(await auditsOf("interview.update", id)).toHaveLength(1);
  });

  it("is NOT_FOUND for anyone but the supervisor who held it; a forged action id is refused", async () => {
    const id = (await recordInterview(actors.supervisor, input({ actions: [action("一つ目")] }))).interviewId;
    const other = (await recordInterview(actors.supervisor, input({ employeeId: actors.colleague.employeeId, actions: [action("他人の")] }))).interviewId;
    const [foreign] = await actionsOf(other);
    const overwrite = update(1, { sharedNotes: "上書き" });
    const before = await interviewState(actors.owner.employeeId);
    for (const who of ["owner", "bureauChief", "hr", "bureauCoordinator", "otherSupervisor"] as const) {
      await expectAppError(updateInterview(actors[who], id, overwrite), "NOT_FOUND");
    }
    await expectAppError(
      updateInterview(actors.supervisor, id, { ...overwrite, actions: [{ id: foreign?.id, title: "奪う", measureId: measure }] }),
      "INVALID_INPUT",
      "actions",
      "invalid",
    );
    expect(await interviewState(actors.owner.employeeId)).toEqual(before);
  });
});

describe("accepting and declining agreed actions", () => {
  it("accepting starts the plan if there is none and adds exactly one commitment, once", async () => {
    const owner = actors.owner;
    expect(await db.developmentPlan.count({ where: { employeeId: owner.employeeId, fiscalYear: FY } })).toBe(0);
    const id = (await recordInterview(actors.supervisor, input({ actions: [action("資格を取る"), action("見送る取組")] }))).interviewId;
    const [accept, decline] = await actionsOf(id);
    for (const who of ["supervisor", "colleague", "hr", "bureauChief"] as const)
      await expectAppError(acceptInterviewAction(actors[who], accept?.id ?? 0), "NOT_FOUND");

    const result = await acceptInterviewAction(owner, accept?.id ?? 0);
    const commitment = await db.commitment.findUniqueOrThrow({ where: { id: result.commitmentId }, include: { plan: true, events: true } });
    expect(commitment).toMatchObject({
      level: "INDIVIDUAL",
      planId: result.planId,
      ownerEmployeeId: owner.employeeId,
      fiscalYear: FY,
      title: "資格を取る",
      measureId: measure,
      status: "DRAFT",
    });
    expect([commitment.plan?.status, commitment.plan?.fiscalYear]).toEqual(["DRAFT", FY]);
    expect(commitment.events.map((e) => [e.action, e.actorId, e.comment.includes("キャリア面談")])).toEqual([["CREATE", owner.employeeId, true]]);
    expect(await db.interviewAction.findUniqueOrThrow({ where: { id: accept?.id } })).toMatchObject({
      status: "ACCEPTED",
      commitmentId: result.commitmentId,
      decidedAt: expect.any(Date),
    });
    expect((await auditsOf("interview_action.accept", accept?.id ?? 0)).map((a) => a.actorId)).toEqual([owner.employeeId]);
    expect(await auditsOf("commitment.create", result.commitmentId)).toHaveLength(1);

    await expectAppError(acceptInterviewAction(owner, accept?.id ?? 0), "NOT_ALLOWED", undefined, "alreadyDecided");
    await expectAppError(declineInterviewAction(owner, accept?.id ?? 0), "NOT_ALLOWED", undefined, "alreadyDecided");
    await declineInterviewAction(owner, decline?.id ?? 0);
    expect(await db.interviewAction.findUniqueOrThrow({ where: { id: decline?.id } })).toMatchObject({ status: "DECLINED", commitmentId: null });
    expect(await db.commitment.count({ where: { planId: result.planId } })).toBe(1);
    // The supervisor's form from before the decisions is stale now.
    await expectAppError(updateInterview(actors.supervisor, id, update(1)), "CONFLICT");
  });

  it("two accepts at once make one commitment; the other is refused", async () => {
    const id = (await recordInterview(actors.supervisor, input({ actions: [action("同時に承諾")] }))).interviewId;
    const [only] = await actionsOf(id);
    const results = await Promise.allSettled([acceptInterviewAction(actors.owner, only?.id ?? 0), acceptInterviewAction(actors.owner, only?.id ?? 0)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r): r is PromiseRejectedResult => r.status === "rejected")?.reason).toMatchObject({
      code: "NOT_ALLOWED",
      messageKey: "alreadyDecided",
    });
    expect(await db.commitment.count({ where: { ownerEmployeeId: actors.owner.employeeId, title: "同時に承諾" } })).toBe(1);
  });

  it("adds to an approved plan as a change waiting for approval, and refuses while the plan is under review, changing nothing", async () => {
    const [approvedOwner, submittedOwner] = [team.members[2], team.members[3]] as [Actor, Actor];
    const approved = await approvedPlan(approvedOwner, actors.supervisor, measure);
    const [a] = await actionsOf(
      (await recordInterview(actors.supervisor, input({ employeeId: approvedOwner.employeeId, actions: [action("承認後に追加")] }))).interviewId,
    );
    await acceptInterviewAction(approvedOwner, a?.id ?? 0);
    const plan = await db.developmentPlan.findUniqueOrThrow({
      where: { id: approved.planId },
      select: { status: true, commitments: { orderBy: { id: "asc" }, select: { title: true, status: true } } },
    });
    // The plan stays approved; the agreed commitment keeps its state, the new one waits for approval.
    expect(plan).toEqual({
      status: "APPROVED",
      commitments: [
        { title: "取組1", status: "APPROVED" },
        { title: "承認後に追加", status: "DRAFT" },
      ],
    });

    const submitted = await submittedPlan(submittedOwner, measure);
    const [s] = await actionsOf(
      (await recordInterview(actors.supervisor, input({ employeeId: submittedOwner.employeeId, actions: [action("確認中に追加")] }))).interviewId,
    );
    const before = [await planSnapshot(submitted.planId), await interviewState(submittedOwner.employeeId)];
    await expectAppError(acceptInterviewAction(submittedOwner, s?.id ?? 0), "NOT_ALLOWED", undefined, "planUnderReview");
    expect([await planSnapshot(submitted.planId), await interviewState(submittedOwner.employeeId)]).toEqual(before);
  });

  it("leaves the interviews of an ended fiscal year as history", async () => {
    const old = await db.careerInterview.create({
      data: {
        employeeId: actors.colleague.employeeId,
        supervisorId: actors.supervisor.employeeId,
        heldOn: new Date(Date.UTC(FY - 1, 9, 1)),
        kind: "MID_YEAR",
        actions: { create: { title: "昨年度の取組", measureId: measure } },
      },
      include: { actions: true },
    });
    await expectAppError(acceptInterviewAction(actors.colleague, old.actions[0]?.id ?? 0), "NOT_ALLOWED", undefined, "pastFiscalYear");
    await expectAppError(updateInterview(actors.supervisor, old.id, update(1)), "NOT_ALLOWED");
    expect((await getInterview(actors.supervisor, old.id)).access.canEdit).toBe(false);
  });
});
