import { afterAll, assert, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { measureAddSchema, promotionPlanEditSchema, retireSchema, targetImageEditSchema } from "@/lib/policy/catalogue/schemas";
import type * as AddCatalogue from "@/lib/policy/catalogue/add-catalogue";
import type * as EditCatalogue from "@/lib/policy/catalogue/edit-catalogue";
import type * as RetireCatalogue from "@/lib/policy/catalogue/retire-catalogue";
import type * as SelectableMeasures from "@/lib/policy/find-selectable-measures";
import type * as PolicyCatalogue from "@/lib/policy/get-policy-catalogue";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";
import type { AuditAction, AuditArea } from "@/lib/platform/audit/audit-actions";

/**
 * The HR division's catalogue. Adding a measure changes what every report and dashboard lists, and
 * other test files count the 13 seeded measures at the same time, so this file works on its own
 * throwaway database (seeded with the same demo data) and still removes what it adds.
 */

type Modules = {
  db: PrismaClient;
  edit: typeof EditCatalogue;
  add: typeof AddCatalogue;
  retire: typeof RetireCatalogue;
  catalogue: typeof PolicyCatalogue;
  selectable: typeof SelectableMeasures;
  actorOf: (staffNumber: string) => Promise<Actor>;
};

let database: ThrowawayDatabase;
let m: Modules;
let hr: Actor;
let others: Actor[];

beforeAll(async () => {
  database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_catalogue");
  const { createPrismaClient } = await import("@/lib/platform/db/create-client");
  const { seedDemoData } = await import("@/prisma/seed");
  const seeding = createPrismaClient(database.url);
  await seedDemoData(seeding);
  await seeding.$disconnect();
  process.env.DATABASE_URL = database.url;
  // The module keeps its client on globalThis (lib/platform/db/client.ts): this test wants one on its own database.
  globalThis.hagukumiPrisma = undefined;
  const [{ db }, edit, add, retire, catalogue, selectable, { loadActor }, { tokyoDate }] = await Promise.all([
    import("@/lib/platform/db/client"),
    import("@/lib/policy/catalogue/edit-catalogue"),
    import("@/lib/policy/catalogue/add-catalogue"),
    import("@/lib/policy/catalogue/retire-catalogue"),
    import("@/lib/policy/get-policy-catalogue"),
    import("@/lib/policy/find-selectable-measures"),
    import("@/lib/platform/auth/load-actor"),
    import("@/lib/platform/dates/calendar-date"),
  ]);
  const actorOf = async (staffNumber: string) => {
    const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
    const actor = await loadActor(db, id, tokyoDate());
    assert(actor, `${staffNumber} has no actor`);
    return actor;
  };
  m = { db, edit, add, retire, catalogue, selectable, actorOf };
  hr = await actorOf("demo-hr");
  others = await Promise.all(["demo-employee", "demo-supervisor", "demo-bureau", "demo-hq"].map(actorOf));
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  globalThis.hagukumiPrisma = undefined;
  await database?.drop();
});

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ name: "AppError", code });
}

const firstArea = async () => m.db.policyArea.findFirstOrThrow({ where: { number: 1 }, select: { id: true } });
const allMeasures = async () => (await m.catalogue.getPolicyCatalogue(hr)).areas.flatMap((area) => area.measures);

describe("catalogue administration", () => {
  it("lets HR add a measure (next number) and an initiative, edit them, and shows the change in the policy catalogue", async () => {
    const area = await firstArea();
    const measureId = await m.add.addMeasure(hr, { areaId: area.id, name: "試験の施策", relatedPlan: "" });
    try {
      const phase2 = await m.db.promotionPlan.findFirstOrThrow({ where: { phase: 2 }, select: { id: true } });
      const initiativeId = await m.add.addInitiative(hr, { measureId, name: "試験の取組", isMain: true, promotionPlanId: phase2.id });
      await m.edit.updateMeasure(hr, {
        id: measureId,
        name: "試験の施策（改）",
        relatedPlan: "市役所経営プラン",
        beforeName: "試験の施策",
        beforeRelatedPlan: "",
      });
      await m.edit.updateInitiative(hr, {
        id: initiativeId,
        name: "試験の取組（改）",
        isMain: true,
        promotionPlanId: undefined,
        beforeName: "試験の取組",
        beforeIsMain: true,
        beforePromotionPlanId: phase2.id,
      });

      const measure = (await allMeasures()).find((row) => row.id === measureId);
      expect(measure).toMatchObject({ number: 6, name: "試験の施策（改）", relatedPlan: "市役所経営プラン", retiredAt: null });
      expect(measure?.initiatives).toEqual([{ id: initiativeId, name: "試験の取組（改）", isMain: true, retiredAt: null, promotionPlan: null }]);

      const audits = await m.db.auditLog.findMany({
        where: { actorId: hr.employeeId, action: { startsWith: "catalogue." satisfies AuditArea } },
        orderBy: { id: "asc" },
      });
      expect(audits.map((row) => [row.action, row.entity, row.entityId])).toEqual([
        ["catalogue.add", "measure", String(measureId)],
        ["catalogue.add", "initiative", String(initiativeId)],
        ["catalogue.update", "measure", String(measureId)],
        ["catalogue.update", "initiative", String(initiativeId)],
      ]);
      expect(audits[2]?.detail).toEqual({
        before: { name: "試験の施策", relatedPlan: null },
        after: { name: "試験の施策（改）", relatedPlan: "市役所経営プラン" },
      });
    } finally {
      await m.db.initiative.deleteMany({ where: { measureId } });
      await m.db.measure.delete({ where: { id: measureId } });
    }
  });

  it("retires an added measure: still in the catalogue, no longer selectable; restoring brings it back", async () => {
    const area = await firstArea();
    const measureId = await m.add.addMeasure(hr, { areaId: area.id, name: "廃止する試験の施策", relatedPlan: "" });
    try {
      const selectableIds = async () => (await m.selectable.findSelectableMeasures(hr)).flatMap((row) => row.measures.map((option) => option.id));
      expect(await selectableIds()).toContain(measureId);

      await m.retire.setRetired(hr, { kind: "measure", id: measureId, retire: true });
      expect(await selectableIds()).not.toContain(measureId);
      expect(await selectableIds()).toHaveLength(13);
      expect((await allMeasures()).find((row) => row.id === measureId)?.retiredAt).toBeInstanceOf(Date);
      // Someone else retired it first: the second retirement is refused.
      await expectCode(m.retire.setRetired(hr, { kind: "measure", id: measureId, retire: true }), "CONFLICT");

      await m.retire.setRetired(hr, { kind: "measure", id: measureId, retire: false });
      expect(await selectableIds()).toContain(measureId);
      const audits = await m.db.auditLog.findMany({
        where: { entity: "measure", entityId: String(measureId), action: { in: ["catalogue.retire", "catalogue.restore"] satisfies AuditAction[] } },
        orderBy: { id: "asc" },
      });
      expect(audits.map((row) => row.action)).toEqual(["catalogue.retire", "catalogue.restore"]);
    } finally {
      await m.db.measure.delete({ where: { id: measureId } });
    }
  });

  it("refuses a stale edit (the row no longer holds what the editor saw) and changes nothing", async () => {
    const image = await m.db.targetImage.findFirstOrThrow({ where: { number: 1 } });
    const auditsBefore = await m.db.auditLog.count({ where: { action: { startsWith: "catalogue." satisfies AuditArea } } });
    await expectCode(
      m.edit.updateTargetImage(hr, {
        id: image.id,
        name: "上書き",
        description: image.description,
        beforeName: "ほかの人が見ていた名称",
        beforeDescription: image.description,
      }),
      "CONFLICT",
    );
    await expectCode(m.edit.updateTargetImage(hr, { id: 2_000_000_000, name: "x", description: "x", beforeName: "x", beforeDescription: "x" }), "NOT_FOUND");
    expect(await m.db.targetImage.findUniqueOrThrow({ where: { id: image.id } })).toEqual(image);
    expect(await m.db.auditLog.count({ where: { action: { startsWith: "catalogue." satisfies AuditArea } } })).toBe(auditsBefore);
  });

  it("edits a target image and a promotion plan with the right expected-before values", async () => {
    const image = await m.db.targetImage.findFirstOrThrow({ where: { number: 4 } });
    await m.edit.updateTargetImage(hr, {
      id: image.id,
      name: `${image.name}（改）`,
      description: image.description,
      beforeName: image.name,
      beforeDescription: image.description,
    });
    expect((await m.catalogue.getPolicyCatalogue(hr)).targetImages.find((row) => row.id === image.id)?.name).toBe(`${image.name}（改）`);
    const plan = await m.db.promotionPlan.findFirstOrThrow({ where: { phase: 3 } });
    const before = {
      beforeName: plan.name,
      beforeStartFiscalYear: plan.startFiscalYear,
      beforeEndFiscalYear: plan.endFiscalYear,
      beforeIllustrative: plan.illustrative,
    };
    await expectCode(
      m.edit.updatePromotionPlan(hr, { id: plan.id, name: plan.name, startFiscalYear: 2028, endFiscalYear: 2031, illustrative: true, ...before }),
      "INVALID_INPUT",
    );
    await m.edit.updatePromotionPlan(hr, {
      id: plan.id,
      name: "第3期人材育成推進計画（案）",
      startFiscalYear: 2028,
      endFiscalYear: 2030,
      illustrative: true,
      ...before,
    });
    expect((await m.catalogue.getPolicyCatalogue(hr)).policy.promotionPlans.at(-1)?.name).toBe("第3期人材育成推進計画（案）");
  });

  it("answers NOT_FOUND to everyone but HR and changes nothing", async () => {
    const image = await m.db.targetImage.findFirstOrThrow({ where: { number: 1 } });
    const area = await firstArea();
    const measuresBefore = await m.db.measure.count();
    for (const actor of others) {
      await expectCode(
        m.edit.updateTargetImage(actor, {
          id: image.id,
          name: "不正",
          description: image.description,
          beforeName: image.name,
          beforeDescription: image.description,
        }),
        "NOT_FOUND",
      );
      await expectCode(m.add.addMeasure(actor, { areaId: area.id, name: "不正", relatedPlan: "" }), "NOT_FOUND");
      await expectCode(m.retire.setRetired(actor, { kind: "targetImage", id: image.id, retire: true }), "NOT_FOUND");
    }
    expect(await m.db.targetImage.findUniqueOrThrow({ where: { id: image.id } })).toEqual(image);
    expect(await m.db.measure.count()).toBe(measuresBefore);
    expect(
      await m.db.auditLog.count({
        where: { actorId: { in: others.map((actor) => actor.employeeId) }, action: { startsWith: "catalogue." satisfies AuditArea } },
      }),
    ).toBe(0);
  });

  it("refuses invalid input", () => {
    expect(
      targetImageEditSchema.safeParse({ id: "1", name: "  ", description: "説明", beforeName: "a", beforeDescription: "b" }).error?.issues[0]?.message,
    ).toBe("validation.required");
    expect(measureAddSchema.safeParse({ areaId: "1", name: "あ".repeat(201) }).error?.issues[0]?.message).toBe("validation.tooLong");
    const plan = { id: "1", name: "計画", illustrative: "on", beforeName: "計画", beforeStartFiscalYear: "2024", beforeEndFiscalYear: "2027" };
    expect(promotionPlanEditSchema.safeParse({ ...plan, startFiscalYear: "2027", endFiscalYear: "2024" }).error?.issues[0]).toMatchObject({
      message: "validation.endBeforeStart",
      path: ["endFiscalYear"],
    });
    expect(promotionPlanEditSchema.safeParse({ ...plan, startFiscalYear: "二〇二四", endFiscalYear: "2027" }).success).toBe(false);
    expect(retireSchema.safeParse({ kind: "promotionBody", id: "1", retire: "true" }).success).toBe(false);
    expect(promotionPlanEditSchema.safeParse({ ...plan, startFiscalYear: "2024", endFiscalYear: "2027" }).success).toBe(true);
  });
});
