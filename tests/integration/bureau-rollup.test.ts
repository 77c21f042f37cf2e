import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { getBureauDepartmentFigures } from "@/lib/insight/dashboards/bureau-departments";
import { getBureauSectionFigures } from "@/lib/insight/dashboards/bureau-figures";
import { COUNT_KEYS, totalOf } from "@/lib/insight/dashboards/section-figures";
import { rollUpSections } from "@/lib/insight/dashboards/section-rollup";
import { db } from "@/lib/platform/db/client";
import { type BureauWorld, createBureauWorld, FY } from "@/tests/support/bureau-dashboard-fixtures";
import { expectAppError, seededActor } from "@/tests/support/plan-fixtures";

/**
 * The bureau table's roll-up (局 › 部/署 › 課/所, issue 20): the 部 rows the database sums, and
 * the sections sorted under them, on the known dataset of bureau-dashboard-fixtures.ts (whose
 * coordinated unit is itself the 部 of both 課) and on the demo's 健康福祉局 with its 部.
 */

let w: BureauWorld;
let demoBureau: Actor;

beforeAll(async () => {
  w = await createBureauWorld();
  demoBureau = await seededActor({ staffNumber: "demo-bureau" });
});

afterAll(async () => {
  await w?.remove();
});

describe("figures per 部", () => {
  it("sums the 部's 課 in the database: members, plans, OJT, training, interviews and commitments", async () => {
    const [department, ...rest] = await getBureauDepartmentFigures(w.coordinator, { fiscalYear: FY });
    expect(rest).toEqual([]);
    // The coordinator sits in the 部 itself, outside both 課, and so outside its row as outside the total.
    expect(department).toEqual({
      id: w.bureauId,
      name: "試験部",
      sectionIds: [w.sectionA, w.sectionB],
      members: 5,
      plansSubmitted: 3,
      submissionRate: 60,
      plansApproved: 1,
      approvalRate: 20,
      young: 3,
      youngWithOjt: 2,
      ojtCoverage: 67,
      trainingParticipants: 3,
      participationRate: 60,
      trainingHours: 13,
      // beside each count, per member or per 100 staff: 部 and 課 differ tenfold in size
      trainingHoursPerMember: 2.6,
      interviewed: 3,
      interviewRate: 60,
      commitmentsPlanned: 4,
      commitmentsPlannedPer100: 80,
      commitmentsInProgress: 1,
      commitmentsInProgressPer100: 20,
      commitmentsDone: 1,
      commitmentsDonePer100: 20,
    });
  });

  it("adds up to the bureau: each 部 is the sum of exactly its own 課, and every 課 is under one 部", async () => {
    const [departments, sections] = await Promise.all([
      getBureauDepartmentFigures(demoBureau, { fiscalYear: FY }),
      getBureauSectionFigures(demoBureau, { fiscalYear: FY }),
    ]);
    expect(departments.length).toBeGreaterThan(1);
    const listed = departments.flatMap((department) => department.sectionIds);
    expect([...listed].sort((a, b) => a - b)).toEqual(sections.sections.map((section) => section.id).sort((a, b) => a - b));
    for (const department of departments) {
      const own = sections.sections.filter((section) => department.sectionIds.includes(section.id));
      const sum = totalOf(own);
      for (const key of COUNT_KEYS) expect(department[key], `${department.name} ${key}`).toBe(sum[key]);
    }
    const everything = totalOf(departments);
    for (const key of COUNT_KEYS) expect(everything[key], key).toBe(sections.total[key]);
  });

  it("is the coordinator's own bureau only", async () => {
    const health = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true } });
    await expectAppError(getBureauDepartmentFigures(w.coordinator, { fiscalYear: FY, bureauId: health.id }), "NOT_FOUND");
    await expectAppError(getBureauDepartmentFigures(demoBureau, { fiscalYear: FY, bureauId: w.bureauId }), "NOT_FOUND");
    await expectAppError(getBureauDepartmentFigures(await seededActor({ staffNumber: "demo-employee" }), { fiscalYear: FY }), "NOT_FOUND");
  });
});

describe("sections rolled up and sorted", () => {
  it("keeps the dashboard's order (attention first) until a column is chosen, then sorts both levels by it", async () => {
    const [departments, { sections }] = await Promise.all([
      getBureauDepartmentFigures(w.coordinator, { fiscalYear: FY }),
      getBureauSectionFigures(w.coordinator, { fiscalYear: FY }),
    ]);
    const ids = (sort: Parameters<typeof rollUpSections>[2]) =>
      rollUpSections(departments, sections, sort).map((group) => [group.department.id, group.sections.map((section) => section.id)]);
    // 課B (approval 0 %) needs attention before 課A (33 %), against the org chart's order.
    expect(ids({ sort: null, dir: "asc" })).toEqual([[w.bureauId, [w.sectionB, w.sectionA]]]);
    expect(ids({ sort: "members", dir: "desc" })).toEqual([[w.bureauId, [w.sectionA, w.sectionB]]]);
    expect(ids({ sort: "ojt", dir: "asc" })).toEqual([[w.bureauId, [w.sectionA, w.sectionB]]]);
    expect(ids({ sort: "trainingHours", dir: "asc" })).toEqual([[w.bureauId, [w.sectionB, w.sectionA]]]);
    expect(ids({ sort: "name", dir: "desc" })).toEqual([[w.bureauId, [w.sectionB, w.sectionA]]]);
  });

  it("orders the 部 themselves by their own figure", async () => {
    const [departments, { sections }] = await Promise.all([
      getBureauDepartmentFigures(demoBureau, { fiscalYear: FY }),
      getBureauSectionFigures(demoBureau, { fiscalYear: FY }),
    ]);
    const members = (dir: "asc" | "desc") => rollUpSections(departments, sections, { sort: "members", dir }).map((group) => group.department.members);
    expect(members("asc")).toEqual([...members("asc")].sort((a, b) => a - b));
    expect(members("desc")).toEqual([...members("desc")].sort((a, b) => b - a));
    // Unsorted, the 部 keep the org chart's order, as the database returned them.
    expect(rollUpSections(departments, sections, { sort: null, dir: "asc" }).map((group) => group.department.id)).toEqual(
      departments.map((department) => department.id),
    );
  });
});
