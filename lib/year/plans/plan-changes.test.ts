import { describe, expect, it } from "vitest";
import {
  countChanges,
  diffPlanTerms,
  hasChanges,
  parsePlanTerms,
  planTermsOf,
  type PlanTerms,
  type PlanTermsSource,
  sameCommitmentTerms,
} from "./plan-changes";

const measure = { number: 1, name: "キャリア形成の支援", area: { number: 1 } };
const commitment = (id: number, overrides: Partial<PlanTermsSource["commitments"][number]> = {}): PlanTermsSource["commitments"][number] => ({
  id,
  status: "APPROVED",
  title: `取組${id}`,
  description: "",
  targetText: "手引き1冊",
  targetValue: null,
  targetUnit: "",
  dueOn: new Date(Date.UTC(2026, 11, 15)),
  measure,
  ...overrides,
});
const source = (overrides: Partial<PlanTermsSource> = {}): PlanTermsSource => ({
  visionNow: "制度を分かりやすく説明できる。",
  vision3Years: "",
  vision10Years: "",
  images: [
    { targetImageId: 1, aspired: true, reason: "市民に寄り添う", targetImage: { name: "市民に寄り添う職員" } },
    { targetImageId: 2, aspired: false, reason: "", targetImage: { name: "挑戦する職員" } },
  ],
  commitments: [commitment(1), commitment(2), commitment(3)],
  ...overrides,
});

describe("planTermsOf", () => {
  it("keeps what was agreed as it reads: the measure's label, the target with its unit, the due day, live commitments only", () => {
    const terms = planTermsOf(
      source({
        commitments: [
          commitment(1, { targetValue: { toString: () => "12.5" }, targetUnit: "時間" }),
          commitment(2, { status: "DROPPED" }),
          commitment(3, { dueOn: null }),
        ],
      }),
    );
    expect(terms.commitments).toEqual([
      { id: 1, title: "取組1", measure: "（1）①キャリア形成の支援", target: "12.5時間", dueOn: "2026-12-15", description: "" },
      { id: 3, title: "取組3", measure: "（1）①キャリア形成の支援", target: "手引き1冊", dueOn: null, description: "" },
    ]);
    expect(terms.images).toEqual([
      { targetImageId: 1, name: "市民に寄り添う職員", aspired: true, reason: "市民に寄り添う" },
      { targetImageId: 2, name: "挑戦する職員", aspired: false, reason: "" },
    ]);
  });

  it("round-trips through the snapshot column, and refuses a value of another shape", () => {
    const terms = planTermsOf(source());
    expect(parsePlanTerms(JSON.parse(JSON.stringify(terms)))).toEqual(terms);
    expect(parsePlanTerms(null)).toBeNull();
    expect(parsePlanTerms({ visionNow: "x" })).toBeNull();
  });
});

describe("diffPlanTerms", () => {
  const approved: PlanTerms = planTermsOf(source());

  it("finds nothing when nothing changed, whatever the progress", () => {
    const changes = diffPlanTerms(
      approved,
      planTermsOf(source({ commitments: [commitment(1, { status: "IN_PROGRESS" }), commitment(2, { status: "DONE" }), commitment(3)] })),
    );
    expect(changes).toEqual({ visions: [], images: [], added: [], changed: [], removed: [] });
    expect(hasChanges(changes)).toBe(false);
  });

  it("names each changed field of a commitment with before and after, and leaves the unchanged ones out", () => {
    const current = planTermsOf(
      source({
        commitments: [
          commitment(1),
          commitment(2, { title: "取組2（改）", dueOn: new Date(Date.UTC(2027, 0, 31)), description: "範囲を広げる" }),
          commitment(3),
        ],
      }),
    );
    expect(diffPlanTerms(approved, current).changed).toEqual([
      {
        id: 2,
        title: "取組2（改）",
        fields: [
          { field: "title", before: "取組2", after: "取組2（改）" },
          { field: "dueOn", before: "2026-12-15", after: "2027-01-31" },
          { field: "description", before: "", after: "範囲を広げる" },
        ],
      },
    ]);
  });

  it("reports a target changed from text to a number, and a due date removed, as the reader sees them", () => {
    const current = planTermsOf(
      source({ commitments: [commitment(1, { targetValue: { toString: () => "3" }, targetUnit: "回", dueOn: null }), commitment(2), commitment(3)] }),
    );
    expect(diffPlanTerms(approved, current).changed[0]?.fields).toEqual([
      { field: "target", before: "手引き1冊", after: "3回" },
      { field: "dueOn", before: "2026-12-15", after: "" },
    ]);
  });

  it("lists added and removed (dropped) commitments by id, so a renamed one is changed, not removed and added", () => {
    const current = planTermsOf(
      source({ commitments: [commitment(1, { title: "改名" }), commitment(2, { status: "DROPPED" }), commitment(3), commitment(4), commitment(5)] }),
    );
    const changes = diffPlanTerms(approved, current);
    expect(changes.added.map((c) => c.id)).toEqual([4, 5]);
    expect(changes.removed.map((c) => [c.id, c.title])).toEqual([[2, "取組2"]]);
    expect(changes.changed.map((c) => c.id)).toEqual([1]);
    expect(countChanges(changes)).toBe(4);
  });

  it("reports changed vision texts and target-image choices", () => {
    const current = planTermsOf(
      source({
        vision3Years: "係長として後輩を育てる。",
        images: [
          { targetImageId: 1, aspired: true, reason: "市民に寄り添う", targetImage: { name: "市民に寄り添う職員" } },
          { targetImageId: 2, aspired: true, reason: "新しい仕組みを作りたい", targetImage: { name: "挑戦する職員" } },
        ],
      }),
    );
    const changes = diffPlanTerms(approved, current);
    expect(changes.visions).toEqual([{ field: "vision3Years", before: "", after: "係長として後輩を育てる。" }]);
    expect(changes.images).toEqual([
      { targetImageId: 2, name: "挑戦する職員", before: { aspired: false, reason: "" }, after: { aspired: true, reason: "新しい仕組みを作りたい" } },
    ]);
    expect(hasChanges(changes)).toBe(true);
  });

  it("treats a target image added to the catalogue since approval as not chosen then", () => {
    const current = planTermsOf(
      source({ images: [...source().images, { targetImageId: 9, aspired: false, reason: "", targetImage: { name: "新しい職員像" } }] }),
    );
    expect(diffPlanTerms(approved, current).images).toEqual([]);
  });
});

describe("sameCommitmentTerms", () => {
  it("compares every agreed field and nothing else", () => {
    const [a, b] = planTermsOf(source({ commitments: [commitment(1), commitment(1, { status: "IN_PROGRESS" })] })).commitments;
    expect(a && b && sameCommitmentTerms(a, b)).toBe(true);
    const [c] = planTermsOf(source({ commitments: [commitment(1, { description: "追記" })] })).commitments;
    expect(a && c && sameCommitmentTerms(a, c)).toBe(false);
  });
});
