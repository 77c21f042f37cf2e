import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { findReminders } from "@/lib/messaging/notifications/find-reminders";
import { findDashboardNotices } from "@/lib/messaging/notifications/dashboard-notices";
import { countPlansToReview, findReviewQueue } from "@/lib/year/plans/find-plans";
import { addIndividualCommitment } from "@/lib/year/commitments/individual-commitments";
import { approvePlan, approvePlanChanges, returnPlan, returnPlanChanges } from "@/lib/year/plans/review-plan";
import { submitPlan, submitPlanChanges } from "@/lib/year/plans/submit-plan";
import { getRolloverState } from "@/lib/year/rollover/rollover";
import {
  actorById,
  approvedPlan,
  commitmentInput,
  createTeam,
  FY,
  measureId,
  planVersion,
  seededActor,
  submittedPlan,
  type Team,
} from "../support/plan-fixtures";

// Work queues say only what can and still must be done: a request to review is resolved once
// anyone has reviewed, a returned plan once it is submitted again, and a closed year's plans
// leave the supervisors' queues for the HR division's rollover page.
let team: Team;
let measure: number;
let secondChief: Actor;
// A year long closed, so that no other test's plans are in it.
const CLOSED_YEAR = 2006;

beforeAll(async () => {
  team = await createTeam("queues", 3);
  measure = await measureId(1, 5);
  // The 係 has a second supervisor (a 課長補佐 assigned to it), who is told of the same plans.
  const [, , deputy] = team.members;
  await db.roleAssignment.create({ data: { employeeId: deputy!.employeeId, role: "SUPERVISOR", unitId: team.unitId, validFrom: new Date("2000-04-01") } });
  secondChief = await actorById(deputy!.employeeId);
  await db.fiscalYear.upsert({ where: { year: CLOSED_YEAR }, create: { year: CLOSED_YEAR, status: "CLOSED", closedAt: new Date("2007-04-01") }, update: {} });
});
afterAll(async () => {
  await db.roleAssignment.deleteMany({ where: { employeeId: secondChief.employeeId } });
  await team.remove();
  await db.fiscalYear.deleteMany({ where: { year: CLOSED_YEAR } });
});

const unreadAbout = async (actor: Actor, href: string) =>
  (await findNotifications(actor, { unreadOnly: true })).filter((n) => n.href === href).map((n) => n.kind);

describe("notifications are resolved when the thing is done", () => {
  it("a review by one supervisor resolves the request to review at the other", async () => {
    const [owner] = team.members;
    const { planId } = await submittedPlan(owner!, measure);
    expect(await unreadAbout(team.supervisor, `/plans/${planId}`)).toEqual(["PLAN_SUBMITTED"]);
    expect(await unreadAbout(secondChief, `/plans/${planId}`)).toEqual(["PLAN_SUBMITTED"]);

    await approvePlan(team.supervisor, planId, await planVersion(planId), "");
    expect(await unreadAbout(secondChief, `/plans/${planId}`)).toEqual([]);
    expect(await unreadAbout(team.supervisor, `/plans/${planId}`)).toEqual([]);
    // The owner's news of the approval is not a request: it stays until read.
    const fiscalYear = (await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } })).fiscalYear;
    expect(await unreadAbout(owner!, `/me/plans/${fiscalYear}`)).toEqual(["PLAN_APPROVED"]);
  });

  it("a returned plan submitted again resolves the owner's 「差し戻されました」", async () => {
    const [, owner] = team.members;
    const { planId } = await submittedPlan(owner!, measure);
    const fiscalYear = (await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } })).fiscalYear;
    await returnPlan(team.supervisor, planId, await planVersion(planId), "目標を具体的に");
    expect(await unreadAbout(owner!, `/me/plans/${fiscalYear}`)).toEqual(["PLAN_RETURNED"]);
    // The return itself resolved the first request to review, at both supervisors.
    expect(await unreadAbout(secondChief, `/plans/${planId}`)).toEqual([]);

    await submitPlan(owner!, planId, await planVersion(planId));
    expect(await unreadAbout(owner!, `/me/plans/${fiscalYear}`)).toEqual([]);
    expect(await unreadAbout(secondChief, `/plans/${planId}`)).toEqual(["PLAN_SUBMITTED"]);
  });

  // Every owner's plan page has the same address (/me/plans/<year>), so the address alone does
  // not say whose 「差し戻されました」 a submission answers.
  it("a plan or its changes sent again resolve only their owner's 「差し戻されました」, not a colleague's of the same year", async () => {
    const [owner, colleague] = team.members;
    const returned = await submittedPlan(colleague!, measure);
    await returnPlan(team.supervisor, returned.planId, await planVersion(returned.planId), "期限を書いてください");
    expect(await unreadAbout(colleague!, `/me/plans/${FY}`)).toEqual(["PLAN_RETURNED"]);

    const mine = await submittedPlan(owner!, measure);
    await returnPlan(team.supervisor, mine.planId, await planVersion(mine.planId), "目標を具体的に");
    await submitPlan(owner!, mine.planId, await planVersion(mine.planId));
    expect(await unreadAbout(owner!, `/me/plans/${FY}`)).not.toContain("PLAN_RETURNED");
    expect(await unreadAbout(colleague!, `/me/plans/${FY}`)).toEqual(["PLAN_RETURNED"]);

    const changed = await approvedPlan(owner!, team.supervisor, measure);
    await addIndividualCommitment(owner!, changed.planId, commitmentInput(measure, { title: "追加の取組" }));
    await submitPlanChanges(owner!, changed.planId, await planVersion(changed.planId));
    await returnPlanChanges(team.supervisor, changed.planId, await planVersion(changed.planId), "追加の取組を具体的に");
    await submitPlanChanges(owner!, changed.planId, await planVersion(changed.planId));
    expect(await unreadAbout(owner!, `/me/plans/${FY}`)).not.toContain("PLAN_RETURNED");
    expect(await unreadAbout(colleague!, `/me/plans/${FY}`)).toEqual(["PLAN_RETURNED"]);
    // Agreed, so that the supervisor's queue holds only the colleague's plan (the next test counts it).
    await approvePlanChanges(team.supervisor, changed.planId, await planVersion(changed.planId), "");
    // The colleague's own submission resolves theirs (and leaves their plan waiting, as the queue test expects).
    await submitPlan(colleague!, returned.planId, await planVersion(returned.planId));
    expect(await unreadAbout(colleague!, `/me/plans/${FY}`)).toEqual([]);
  });
});

describe("the supervisor's dashboard says each thing once", () => {
  it("leaves the jobs' monthly counts out of the panel's list, where its reminders count the same people live", async () => {
    // What raiseReminders stores once a month for the mail digest, with the counts of that day.
    const stored = await Promise.all(
      (["INTERVIEW_MISSING", "OJT_PLAN_MISSING"] as const).map((kind) =>
        db.notification.create({
          data: { recipientId: team.supervisor.employeeId, kind, href: kind === "OJT_PLAN_MISSING" ? "/team/ojt" : "/team/interviews", params: { count: 99 } },
          select: { id: true },
        }),
      ),
    );
    try {
      const dashboard = await findDashboardNotices(team.supervisor, "supervisor");
      expect(dashboard.notifications.map((n) => n.kind)).not.toContain("INTERVIEW_MISSING");
      expect(dashboard.notifications.map((n) => n.kind)).not.toContain("OJT_PLAN_MISSING");
      // The live count: no member of the 係 has had a career interview this year.
      expect(dashboard.reminders.find((r) => r.kind === "interviewsDue")?.count).toBe(team.members.length);
      // Still unread, and listed where nothing counts them live: the employee's own dashboard.
      expect(dashboard.unread).toBe(await db.notification.count({ where: { recipientId: team.supervisor.employeeId, readAt: null } }));
      const own = await findDashboardNotices(team.supervisor, "employee");
      expect(own.reminders.map((r) => r.kind)).not.toContain("interviewsDue");
      expect(own.notifications.map((n) => n.id)).toEqual(expect.arrayContaining(stored.map((n) => n.id)));
    } finally {
      await db.notification.deleteMany({ where: { id: { in: stored.map((n) => n.id) } } });
    }
  });
});

describe("a closed year's plans leave the review queue", () => {
  it("is neither listed nor counted for the supervisor, and is counted on the HR division's rollover page", async () => {
    const [owner] = team.members;
    // A plan submitted in a year that was closed before anyone reviewed it.
    const stale = await db.developmentPlan.create({
      data: { employeeId: owner!.employeeId, fiscalYear: CLOSED_YEAR, status: "SUBMITTED", submittedAt: new Date("2006-06-01") },
      select: { id: true },
    });
    const [, other] = team.members;
    const open = await db.developmentPlan.findFirstOrThrow({ where: { employeeId: other!.employeeId, status: "SUBMITTED" }, select: { id: true } });

    const queue = await findReviewQueue(team.supervisor);
    expect(queue.plans.map((plan) => plan.id)).toEqual([open.id]);
    expect(queue.total).toBe(1);
    expect(await countPlansToReview(team.supervisor)).toBe(1);
    expect((await findReminders(team.supervisor, "supervisor")).find((r) => r.kind === "reviewPlans")?.count).toBe(1);

    const rollover = await getRolloverState(await seededActor({ staffNumber: "demo-hr" }));
    expect(rollover.unreviewed.get(CLOSED_YEAR)).toBe(1);

    // Reopened, it is the supervisor's again.
    await db.fiscalYear.update({ where: { year: CLOSED_YEAR }, data: { status: "OPEN" } });
    try {
      expect((await findReviewQueue(team.supervisor)).plans.map((plan) => plan.id)).toEqual([stale.id, open.id]);
    } finally {
      await db.fiscalYear.update({ where: { year: CLOSED_YEAR }, data: { status: "CLOSED" } });
    }
  });

  it("counts on the rollover page an approved plan whose changes were left waiting in the closed year", async () => {
    const [, , deputy] = team.members;
    const changed = await db.developmentPlan.create({
      data: {
        employeeId: deputy!.employeeId,
        fiscalYear: CLOSED_YEAR,
        status: "APPROVED",
        submittedAt: new Date("2006-09-01"),
        changesSubmittedAt: new Date("2006-09-01"),
      },
    });
    try {
      expect((await getRolloverState(await seededActor({ staffNumber: "demo-hr" }))).unreviewed.get(CLOSED_YEAR)).toBe(2);
    } finally {
      await db.developmentPlan.delete({ where: { id: changed.id } });
    }
  });
});
