import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { assert, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { getPolicyCatalogue, type PolicyCatalogue } from "@/lib/policy/get-policy-catalogue";
import { seedDemoData } from "@/prisma/seed";
import { FOCUS_THEMES, MEASURES, POLICY, POLICY_ACTORS, POLICY_AREAS, TARGET_IMAGES } from "@/prisma/seed/catalogue";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * The seeded catalogue, read back through the data-access function the 方針 page uses. Names
 * are compared with the seed's constants (so that nothing is lost on the way) and, since those
 * constants could themselves drift from the policy, spot-checked against literal strings taken
 * from shared/policy/READING.md, and against that file itself where the checkout has it.
 */

// The work tree and shared/ sit side by side, on a developer's machine and in CI alike.
const READING = path.resolve(import.meta.dirname, "../../../shared/policy/READING.md");

let catalogue: PolicyCatalogue;

beforeAll(async () => {
  const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-employee" }, select: { id: true } });
  const actor = await loadActor(db, id, tokyoDate());
  assert(actor, "demo-employee has no actor");
  catalogue = await getPolicyCatalogue(actor);
});

const allMeasures = () => catalogue.areas.flatMap((area) => area.measures.map((measure) => ({ area: area.number, ...measure })));

describe("getPolicyCatalogue", () => {
  it("returns the policy for FY2021–FY2030", () => {
    expect(catalogue.policy).toMatchObject({ name: POLICY.name, startFiscalYear: 2021, endFiscalYear: 2030 });
    expect(catalogue.policy.name).toBe("仙台市人材育成基本方針（令和2年度改定版）");
  });

  it("has phase 1 (FY2021–2023) as given, and illustrative later phases filling the period", () => {
    const plans = catalogue.policy.promotionPlans;
    expect(plans.map((p) => [p.phase, p.startFiscalYear, p.endFiscalYear, p.illustrative])).toEqual([
      [1, 2021, 2023, false],
      [2, 2024, 2027, true],
      [3, 2028, 2030, true],
    ]);
    // Every fiscal year of the policy belongs to exactly one plan.
    for (let i = 1; i < plans.length; i++) expect(plans[i]?.startFiscalYear).toBe((plans[i - 1]?.endFiscalYear ?? 0) + 1);
  });

  it("has the four target images", () => {
    expect(catalogue.targetImages.map((image) => [image.number, image.name])).toEqual(TARGET_IMAGES.map((image) => [image.number, image.name]));
    expect(catalogue.targetImages).toHaveLength(4);
    expect(catalogue.targetImages[0]?.name).toBe("誇りを胸に仕事に取り組む職員");
    expect(catalogue.targetImages.every((image) => image.retiredAt === null && image.description.length > 0)).toBe(true);
  });

  it("has three focus themes, each with its ◇ points", () => {
    expect(catalogue.focusThemes).toHaveLength(3);
    for (const theme of catalogue.focusThemes) expect(theme.points.length).toBeGreaterThanOrEqual(1);
    expect(catalogue.focusThemes.map((theme) => [theme.name, theme.points.map((p) => p.text)])).toEqual(
      FOCUS_THEMES.map((theme) => [theme.name, [...theme.points]]),
    );
    expect(catalogue.focusThemes[0]?.name).toBe("若手職員の人材育成");
    expect(catalogue.focusThemes[1]?.points.map((p) => p.text)).toContain("職員育成の役割を担う管理監督者のマネジメント能力の向上");
  });

  it("has three areas with 5, 5 and 3 measures, 13 in all", () => {
    expect(catalogue.areas.map((area) => area.name)).toEqual(POLICY_AREAS.map((area) => area.name));
    expect(catalogue.areas.map((area) => area.measures.length)).toEqual([5, 5, 3]);
    expect(allMeasures()).toHaveLength(13);
    expect(allMeasures().map((m) => [m.area, m.number, m.name])).toEqual(MEASURES.map((m) => [m.areaNumber, m.number, m.name]));
    expect(catalogue.areas.map((area) => area.name)).toEqual([
      "職員の主体的な成長を支援する研修・能力開発",
      "計画的・効果的な人材マネジメント",
      "能力を発揮できる職場環境づくり",
    ]);
    expect(allMeasures()[0]?.name).toBe("キャリア形成の支援");
    expect(allMeasures().at(-1)?.name).toBe("業務効率化の推進");
  });

  it("gives every measure exactly one main initiative, from phase 1", () => {
    for (const measure of allMeasures()) {
      const main = measure.initiatives.filter((initiative) => initiative.isMain);
      const expected = MEASURES.find((m) => m.areaNumber === measure.area && m.number === measure.number);
      expect([measure.name, main.map((i) => [i.name, i.promotionPlan?.phase])]).toEqual([measure.name, [[expected?.mainInitiative, 1]]]);
    }
    expect(allMeasures()[0]?.initiatives[0]?.name).toBe("キャリアを考えるための機会や情報の提供");
  });

  it("ties area 3's measures, and only those, to another city plan", () => {
    const plans = allMeasures().map((m) => [m.area, m.relatedPlan]);
    expect(plans.filter(([area]) => area !== 3).every(([, plan]) => plan === null)).toBe(true);
    expect(plans.filter(([area]) => area === 3).map(([, plan]) => plan)).toEqual([
      "コンプライアンス推進計画",
      "子育て推進・女性職員活躍推進プラン",
      "市役所経営プラン",
    ]);
    // The main initiative names the plan it is carried out through.
    for (const measure of allMeasures().filter((m) => m.area === 3)) {
      expect(measure.initiatives[0]?.name).toContain(`「${measure.relatedPlan}」`);
    }
  });

  it("maps the four policy actors to the portal roles that act for them", () => {
    expect(catalogue.actors.map((actor) => [actor.role, actor.name])).toEqual([
      ["EMPLOYEE", "職員"],
      ["SUPERVISOR", "管理監督者"],
      ["BUREAU_COORDINATOR", "各局区等・部門"],
      ["HR_DIVISION", "人材育成部門"],
    ]);
    expect(catalogue.actors.map((actor) => actor.responsibilities.map((r) => r.text))).toEqual(POLICY_ACTORS.map((actor) => [...actor.responsibilities]));
  });

  it("lists the promotion structure from the headquarters down", () => {
    expect(catalogue.promotionBodies.map((body) => [body.name, body.holder])).toEqual([
      ["人材育成推進本部", "市長"],
      ["人材育成推進本部", "副市長"],
      ["局区人材育成責任者", "各局長・区長"],
      ["局区統括人材育成推進員", "各次長・副区長"],
      ["人材育成推進連絡会", null],
    ]);
  });

  it("uses the fullwidth 「・」 throughout, never the PDF's halfwidth 「･」", () => {
    expect(JSON.stringify(catalogue)).not.toContain("･");
    expect(JSON.stringify(catalogue)).toContain("研修・能力開発");
  });

  it.skipIf(!existsSync(READING))("quotes shared/policy/READING.md verbatim", () => {
    const reading = readFileSync(READING, "utf8");
    const names = [
      ...catalogue.targetImages.flatMap((image) => [image.name, ...image.description.split("\n")]),
      ...catalogue.focusThemes.flatMap((theme) => [theme.name, ...theme.points.map((p) => p.text)]),
      ...catalogue.areas.flatMap((area) => [area.name, area.description]),
      ...allMeasures().flatMap((m) => [m.name, ...m.initiatives.map((i) => i.name)]),
      ...catalogue.actors.flatMap((actor) => [actor.name, ...actor.responsibilities.map((r) => r.text)]),
    ];
    expect(names.filter((name) => !reading.includes(name))).toEqual([]);
  });
});

describe("seedDemoData on a seeded database", () => {
  // Seed rows only: other test files add and remove their own staff while this runs.
  const counts = async () => ({
    policies: await db.policy.count(),
    plans: await db.promotionPlan.count(),
    targetImages: await db.targetImage.count(),
    themes: await db.focusTheme.count(),
    areas: await db.policyArea.count(),
    measures: await db.measure.count(),
    initiatives: await db.initiative.count(),
    actors: await db.policyActor.count(),
    bodies: await db.promotionBody.count(),
    units: await db.orgUnit.count({ where: { code: { startsWith: "B" } } }),
    staff: (
      await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM employee WHERE staff_number ~ '^(demo-[a-z]+|[0-9]{6})$'`
    )[0]?.n,
    seedRuns: await db.auditLog.count({ where: { action: "seed.demo" satisfies AuditAction } }),
  });

  it("reports seeded:false and changes nothing", async () => {
    const before = await counts();
    expect(before).toMatchObject({ policies: 1, plans: 3, targetImages: 4, themes: 3, areas: 3, measures: 13, initiatives: 13, actors: 4, seedRuns: 1 });
    expect(await seedDemoData(db)).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});
