import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import type { Actor } from "@/lib/platform/auth/roles";
import { describeAttentionRule } from "@/lib/insight/dashboards/attention-rules";
import { getBureauSectionFigures } from "@/lib/insight/dashboards/bureau-figures";
import { getCityTrends } from "@/lib/insight/dashboards/city-trends";
import { db } from "@/lib/platform/db/client";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { deleteAttentionRule, findAttentionRules, getAttentionRules, saveAttentionRule } from "@/lib/insight/settings/attention-rules";
import { type BureauWorld, createBureauWorld, FY } from "@/tests/support/bureau-dashboard-fixtures";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import { expectAppError, seededActor } from "@/tests/support/plan-fixtures";

// A database of its own: the rules of 要確認 are the city's, so adding and changing them here
// must not move the flags another file reads; the trend counts everyone in its bureau.
vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

/**
 * Figures that do not mislead (issue 20): the HR division's attention rules (they fire from their
 * day, not before, and name themselves) and the unfinished year compared with the previous year
 * on the same day, from the dated review events and training records.
 */
let w: BureauWorld;
let hr: Actor;
const say = createTranslator({ locale: "ja", messages: ja, namespace: "attentionRules" });

beforeAll(async () => {
  await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_honest");
  w = await createBureauWorld();
  hr = await seededActor({ staffNumber: "demo-hr" });
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
}, 60_000);

describe("attention rules", () => {
  // The migration's two rules: plan approval and young staff's OJT coverage below 80 %, from 1 July.
  // 課A: approval 33 %, coverage 50 %; 課B: approval 0 %, coverage 100 % (bureau-dashboard-fixtures.ts).
  const flags = async (today: { year: number; month: number; day: number }, fiscalYear = FY) => {
    const figures = await getBureauSectionFigures(w.coordinator, { fiscalYear, today });
    return Object.fromEntries(figures.sections.map((row) => [row.name, row.attention.map((rule) => describeAttentionRule(rule, say))]));
  };

  it("does not fire before its day, however low the figure", async () => {
    expect(await flags({ year: FY, month: 6, day: 30 })).toEqual({ 試験課A: [], 試験課B: [] });
  });

  it("fires from its day and names the rule that fired", async () => {
    expect(await flags({ year: FY, month: 7, day: 1 })).toEqual({
      試験課A: ["育成計画の承認率が80%未満（7月1日から）", "若手職員のOJT計画作成率が80%未満（7月1日から）"],
      試験課B: ["育成計画の承認率が80%未満（7月1日から）"],
    });
  });

  it("applies every rule to a year that has ended", async () => {
    // Last year 課A had no plans (0 %) and one of its young with an OJT plan; read in this year's June.
    const lastYear = await flags({ year: FY, month: 6, day: 1 }, FY - 1);
    expect(lastYear.試験課A).toContain("育成計画の承認率が80%未満（7月1日から）");
  });

  it("are added, changed and removed by the HR division alone, validated, audited and version-guarded", async () => {
    const coordinator = w.coordinator;
    await expectAppError(findAttentionRules(coordinator), "NOT_FOUND");
    await expectAppError(saveAttentionRule(coordinator, { figure: "INTERVIEW", comparison: "BELOW", threshold: 50, fromMonth: 10, fromDay: 1 }), "NOT_FOUND");
    // 31 June does not exist: refused on the day field.
    await expect(saveAttentionRule(hr, { figure: "INTERVIEW", comparison: "BELOW", threshold: 50, fromMonth: 6, fromDay: 31 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "fromDay",
    });
    await expect(saveAttentionRule(hr, { figure: "INTERVIEW", comparison: "BELOW", threshold: 101, fromMonth: 6, fromDay: 1 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "threshold",
    });

    const { id } = await saveAttentionRule(hr, { figure: "INTERVIEW", comparison: "AT_MOST", threshold: 50, fromMonth: 1, fromDay: 15 });
    expect((await getAttentionRules()).find((rule) => rule.id === id)).toEqual({
      id,
      figure: "INTERVIEW",
      comparison: "AT_MOST",
      threshold: 50,
      fromMonth: 1,
      fromDay: 15,
    });
    const created = await db.auditLog.findFirstOrThrow({ where: { action: "attention-rule.create" satisfies AuditAction, entityId: String(id) } });
    expect([created.actorId, created.entity, created.detail]).toEqual([
      hr.employeeId,
      "attention_rule",
      { before: null, after: { figure: "INTERVIEW", comparison: "AT_MOST", threshold: 50, fromMonth: 1, fromDay: 15 } },
    ]);
    // 課A's interview rate is 67 %, 課B's 50 %: from 15 January (of the next calendar year) 課B is flagged by it too.
    const january = await flags({ year: FY + 1, month: 1, day: 15 });
    expect(january.試験課B).toContain("キャリア面談の実施率が50%以下（1月15日から）");
    expect(january.試験課A).not.toContain("キャリア面談の実施率が50%以下（1月15日から）");

    await saveAttentionRule(hr, { ruleId: id, version: 1, figure: "INTERVIEW", comparison: "BELOW", threshold: 50, fromMonth: 1, fromDay: 15 });
    // A colleague's form still at version 1 is refused, not applied over the change.
    await expectAppError(
      saveAttentionRule(hr, { ruleId: id, version: 1, figure: "INTERVIEW", comparison: "BELOW", threshold: 10, fromMonth: 1, fromDay: 15 }),
      "CONFLICT",
    );
    await expectAppError(deleteAttentionRule(hr, { ruleId: id, version: 1 }), "CONFLICT");
    expect((await flags({ year: FY + 1, month: 1, day: 15 })).試験課B).not.toContain("キャリア面談の実施率が50%未満（1月15日から）");
    await expectAppError(deleteAttentionRule(coordinator, { ruleId: id, version: 2 }), "NOT_FOUND");
    await deleteAttentionRule(hr, { ruleId: id, version: 2 });
    expect((await getAttentionRules()).map((rule) => rule.id)).not.toContain(id);
    const audits = await db.auditLog.findMany({ where: { entity: "attention_rule", entityId: String(id) }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audits.map((row) => row.action)).toEqual(["attention-rule.create", "attention-rule.update", "attention-rule.delete"]);
  });
});

describe("the unfinished year beside the same day of the previous year", () => {
  // Read on 15 October of this fiscal year; the same day last year is 15 October a year earlier.
  const today = { year: FY, month: 10, day: 15 };
  const lastYear = (month: number, day: number, hour = 12) => new Date(Date.UTC(FY - 1 + (month < 4 ? 1 : 0), month - 1, day, hour - 9));

  it("counts last year's plans approved and trainings ended by that day, not by the year's end", async () => {
    const tag = `it-sd-${randomUUID().slice(0, 8)}`;
    const job = `試験同日職-${tag}`;
    const created = await db.orgUnit.create({
      data: { code: `${tag}-局`, name: "試験同日局", kind: "BUREAU", path: "/", position: 950 },
      select: { id: true },
    });
    const bureau = await db.orgUnit.update({ where: { id: created.id }, data: { path: `/${created.id}/` }, select: { id: true, path: true } });
    const unit = await db.orgUnit.create({
      data: { code: `${tag}-係`, name: "試験同日係", kind: "UNIT", parentId: bureau.id, path: bureau.path, position: 1 },
    });
    await db.orgUnit.update({ where: { id: unit.id }, data: { path: `${bureau.path}${unit.id}/` } });
    const person = async (suffix: string) =>
      (
        await db.employee.create({
          data: {
            staffNumber: `${tag}-${suffix}`,
            name: `試験 ${suffix}`,
            nameKana: "シケン",
            jobCategory: job,
            rank: "主事",
            joinedOn: new Date(Date.UTC(2000, 3, 1)),
            unitId: unit.id,
          },
          select: { id: true },
        })
      ).id;
    const [p1, p2, p3, p4] = [await person("p1"), await person("p2"), await person("p3"), await person("p4")];
    // Every plan of last year ended the year approved; by 15 October only p1's and p4's were.
    const plan = async (
      employeeId: number,
      events: [action: "SUBMIT" | "APPROVE" | "REOPEN", to: "SUBMITTED" | "APPROVED" | "DRAFT", at: Date][],
      fiscalYear = FY - 1,
    ) => {
      const { id } = await db.developmentPlan.create({ data: { employeeId, fiscalYear, status: "APPROVED" }, select: { id: true } });
      await db.reviewEvent.createMany({ data: events.map(([action, toStatus, at]) => ({ planId: id, action, toStatus, actorId: hr.employeeId, at })) });
    };
    await plan(p1, [
      ["SUBMIT", "SUBMITTED", lastYear(8, 20)],
      ["APPROVE", "APPROVED", lastYear(9, 1)],
    ]);
    // approved the day after
    await plan(p2, [
      ["SUBMIT", "SUBMITTED", lastYear(9, 1)],
      ["APPROVE", "APPROVED", lastYear(10, 16, 9)],
    ]);
    // approved, reopened before the day, approved again after it
    await plan(p3, [
      ["APPROVE", "APPROVED", lastYear(9, 1)],
      ["REOPEN", "DRAFT", lastYear(10, 1)],
      ["APPROVE", "APPROVED", lastYear(12, 1)],
    ]);
    // approved late on the day itself (23:30 in Tokyo, 14:30 UTC): it counts
    await plan(p4, [["APPROVE", "APPROVED", new Date(Date.UTC(FY - 1, 9, 15, 14, 30))]]);
    // this year: one plan approved so far
    await plan(p1, [["APPROVE", "APPROVED", new Date(Date.UTC(FY, 5, 1))]], FY);
    const training = (employeeId: number, endOn: Date, hours: number) => ({
      employeeId,
      fiscalYear: FY - 1,
      programmeName: "試験研修",
      kind: "INSTITUTE" as const,
      startOn: endOn,
      endOn,
      hours,
      createdById: p1,
    });
    await db.trainingRecord.createMany({
      data: [
        training(p1, new Date(Date.UTC(FY - 1, 5, 1)), 3),
        training(p2, new Date(Date.UTC(FY - 1, 9, 15)), 2.5),
        training(p3, new Date(Date.UTC(FY - 1, 9, 16)), 5),
      ],
    });

    const trends = await getCityTrends(hr, { fiscalYear: FY, jobCategory: job, bureauId: bureau.id, youngOnly: false }, { today });
    expect(trends.points).toEqual([
      { fiscalYear: FY - 1, members: 4, approvalRate: 100, trainingHours: 10.5 },
      { fiscalYear: FY, members: 4, approvalRate: 25, trainingHours: 0 },
    ]);
    expect(trends.sameDay).toEqual({
      fiscalYear: FY,
      asOf: today,
      previous: { fiscalYear: FY - 1, asOf: { year: FY - 1, month: 10, day: 15 }, members: 4, approvalRate: 50, trainingHours: 5.5 },
    });
    // Read next April, the new year has no records yet: there is nothing unfinished to compare.
    expect(
      (await getCityTrends(hr, { fiscalYear: FY, jobCategory: job, bureauId: bureau.id, youngOnly: false }, { today: { year: FY + 1, month: 4, day: 2 } }))
        .sameDay,
    ).toBeNull();
  });
});
