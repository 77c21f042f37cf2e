import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { readAchievementScale } from "@/lib/year/year-end/achievement-scale";
import { getPlanYearEnd } from "@/lib/year/year-end/get-plan-year-end";
import { commentOnRating, rateCommitment } from "@/lib/year/year-end/rate-commitment";
import { findBureauRatingDistribution, findOwnYearEndDistribution } from "@/lib/year/year-end/rating-distribution";
import { saveAchievementScale } from "@/lib/year/year-end/save-achievement-scale";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import { approvedPlan, createTeam, draftPlan, expectAppError, FY, measureId, seededActor, type Team } from "@/tests/support/plan-fixtures";

// A database of its own: the scale is the city's, and the per-bureau counts are asserted exactly.
vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

let team: Team;
let owner: Actor;
let other: Actor;
let hr: Actor;
let coordinator: Actor;
let plan: { planId: number; commitmentIds: number[] };

const ratingOf = (commitmentId: number) => db.yearEndRating.findUnique({ where: { commitmentId } });

beforeAll(async () => {
  await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_yearend");
  team = await createTeam("yearend", 2);
  const [first, second] = team.members;
  if (!first || !second) throw new Error("the team has two members");
  owner = first;
  other = second;
  hr = await seededActor({ staffNumber: "demo-hr" });
  coordinator = await seededActor({ staffNumber: "demo-bureau" });
  plan = await approvedPlan(owner, team.supervisor, await measureId(1, 1), 2);
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
}, 60_000);

describe("the employee's 達成度", () => {
  it("is given on the HR division's scale to their own agreed commitment, audited and version-guarded", async () => {
    const first = plan.commitmentIds[0] ?? -1;
    await expectAppError(rateCommitment(owner, { commitmentId: first, version: 0, rating: "Z" }), "INVALID_INPUT", "rating", "invalid");
    await rateCommitment(owner, { commitmentId: first, version: 0, rating: "A" });
    expect(await ratingOf(first)).toMatchObject({ rating: "A", ratedById: owner.employeeId, version: 1 });
    // A second tab still showing version 0 is refused rather than overwriting.
    await expectAppError(rateCommitment(owner, { commitmentId: first, version: 0, rating: "C" }), "CONFLICT");
    expect((await ratingOf(first))?.rating).toBe("A");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "year-end.rate" satisfies AuditAction, entityId: String(first) } });
    expect(audit).toMatchObject({ actorId: owner.employeeId, detail: { before: null, after: "A" } });
  });

  it("is nobody else's to give, and not for a commitment that was never agreed", async () => {
    const second = plan.commitmentIds[1] ?? -1;
    await expectAppError(rateCommitment(other, { commitmentId: second, version: 0, rating: "B" }), "NOT_FOUND");
    await expectAppError(rateCommitment(team.supervisor, { commitmentId: second, version: 0, rating: "B" }), "NOT_FOUND");
    const draft = await draftPlan(other, await measureId(1, 1), 1, FY);
    await expectAppError(rateCommitment(other, { commitmentId: draft.commitmentIds[0] ?? -1, version: 0, rating: "B" }), "NOT_ALLOWED", undefined, "notAgreed");
    expect(await ratingOf(second)).toBeNull();
  });
});

describe("the supervisor's comment", () => {
  it("follows the employee's rating, by the supervisor who reviews the plan only", async () => {
    const first = plan.commitmentIds[0] ?? -1;
    const second = plan.commitmentIds[1] ?? -1;
    await expectAppError(commentOnRating(team.supervisor, { commitmentId: second, version: 0, comment: "まだ" }), "NOT_ALLOWED", undefined, "notRatedYet");
    await expectAppError(commentOnRating(coordinator, { commitmentId: first, version: 1, comment: "局から" }), "NOT_FOUND");
    await expectAppError(commentOnRating(owner, { commitmentId: first, version: 1, comment: "自分で" }), "NOT_FOUND");
    await expectAppError(commentOnRating(team.supervisor, { commitmentId: first, version: 1, comment: "" }), "INVALID_INPUT", "comment", "required");
    await commentOnRating(team.supervisor, { commitmentId: first, version: 1, comment: "手引きが窓口で使われています。" });
    expect(await ratingOf(first)).toMatchObject({
      rating: "A",
      supervisorComment: "手引きが窓口で使われています。",
      commentedById: team.supervisor.employeeId,
      version: 2,
    });
    // The owner's form from before the comment no longer matches: their change is refused, not written over it.
    await expectAppError(rateCommitment(owner, { commitmentId: first, version: 1, rating: "S" }), "CONFLICT");
    expect(
      await db.auditLog.count({ where: { action: "year-end.comment" satisfies AuditAction, entityId: String(first), actorId: team.supervisor.employeeId } }),
    ).toBe(1);

    const yearEnd = await getPlanYearEnd(owner, plan.planId);
    expect(yearEnd.canRate).toBe(true);
    expect(yearEnd.canComment).toBe(false);
    expect(yearEnd.commitments.find((commitment) => commitment.id === first)).toMatchObject({
      rating: "A",
      supervisorComment: "手引きが窓口で使われています。",
      version: 2,
    });
    expect((await getPlanYearEnd(team.supervisor, plan.planId)).canComment).toBe(true);
    expect(yearEnd.closed).toBe(false);
    await expectAppError(getPlanYearEnd(other, plan.planId), "NOT_FOUND");
  });

  it("is no longer awaited once the year is closed: no form, and the list says none was given", async () => {
    const before = await db.fiscalYear.findUnique({ where: { year: FY } });
    await db.fiscalYear.upsert({
      where: { year: FY },
      create: { year: FY, status: "CLOSED", closedAt: new Date() },
      update: { status: "CLOSED", closedAt: new Date() },
    });
    try {
      for (const reader of [owner, team.supervisor]) {
        expect(await getPlanYearEnd(reader, plan.planId)).toMatchObject({ closed: true, canRate: false, canComment: false });
      }
    } finally {
      if (before) await db.fiscalYear.update({ where: { year: FY }, data: { status: before.status, closedAt: before.closedAt } });
      else await db.fiscalYear.delete({ where: { year: FY } });
    }
    expect((await getPlanYearEnd(owner, plan.planId)).closed).toBe(false);
  });
});

describe("how the year ended", () => {
  it("shows in the owner's past plans as counts per rating, the unrated ones apart", async () => {
    const own = await findOwnYearEndDistribution(owner);
    expect(own.years.get(FY)).toEqual({ byRating: { A: 1 }, unrated: 1, total: 2 });
    expect((await findOwnYearEndDistribution(other)).years.get(FY)).toBeUndefined();
  });

  it("shows per bureau in the city view, counted by the database, for the HR division and the headquarters only", async () => {
    const bureau = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true } });
    const city = await findBureauRatingDistribution(hr, FY);
    const row = city.bureaus.find((entry) => entry.id === bureau.id);
    expect(row?.withheld).toBe(false);
    expect(row?.counts?.byRating).toEqual({ A: 1 });
    expect(row?.counts?.unrated).toBe(
      await db.commitment.count({
        where: {
          level: "INDIVIDUAL",
          fiscalYear: FY,
          status: { in: ["APPROVED", "IN_PROGRESS", "DONE"] },
          yearEndRating: null,
          ownerEmployee: { active: true, unit: { path: { startsWith: (await db.orgUnit.findUniqueOrThrow({ where: { id: bureau.id } })).path } } },
        },
      }),
    );
    expect(city.shownTotal.byRating.A).toBe(1);
    await expectAppError(findBureauRatingDistribution(coordinator, FY), "NOT_FOUND");
  });
});

describe("the scale", () => {
  it("is the HR division's to set, validated, version-guarded and audited; ratings keep their code", async () => {
    const { version } = await readAchievementScale(db);
    await expectAppError(saveAchievementScale(hr, { levels: [{ code: "S", label: "十分" }], version }), "INVALID_INPUT", "levels", "scaleSize");
    const levels = ["5", "4", "3", "2", "1"].map((code) => ({ code, label: `${code}段階` }));
    await saveAchievementScale(hr, { levels, version });
    await expectAppError(saveAchievementScale(hr, { levels: levels.slice(0, 3), version }), "CONFLICT");
    await expectAppError(saveAchievementScale(coordinator, { levels, version }), "NOT_FOUND");
    expect((await readAchievementScale(db)).levels.map((level) => level.code)).toEqual(["5", "4", "3", "2", "1"]);
    expect(await db.auditLog.count({ where: { action: "year-end.scale" satisfies AuditAction, actorId: hr.employeeId } })).toBe(1);
    expect((await findOwnYearEndDistribution(owner)).years.get(FY)?.byRating).toEqual({ A: 1 });
  });
});
