import { z } from "zod";
import { measureLabel } from "@/lib/policy/measure-label";

/**
 * What a supervisor agrees to when they approve a plan — its goals and commitments as written —
 * and what changed since. The terms are kept in the plan's `approved_snapshot` at every approval
 * (lib/year/plans/plan-snapshot.ts); the diff of those terms with the plan as it is now is what the
 * reviewer reads before approving a change. Pure: the page and the tests compute it without a
 * database. Texts are kept as shown (a measure's label, a target with its unit), so the diff
 * reads the same however the catalogue changes later.
 */

const commitmentTermsSchema = z.object({
  id: z.number(),
  title: z.string(),
  measure: z.string(),
  target: z.string(),
  dueOn: z.string().nullable(),
  description: z.string(),
});
const imageTermsSchema = z.object({ targetImageId: z.number(), name: z.string(), aspired: z.boolean(), reason: z.string() });

export const planTermsSchema = z.object({
  visionNow: z.string(),
  vision3Years: z.string(),
  vision10Years: z.string(),
  images: z.array(imageTermsSchema),
  commitments: z.array(commitmentTermsSchema),
});

export type CommitmentTerms = z.infer<typeof commitmentTermsSchema>;
export type PlanTerms = z.infer<typeof planTermsSchema>;

export const VISION_FIELDS = ["visionNow", "vision3Years", "vision10Years"] as const;
export type VisionField = (typeof VISION_FIELDS)[number];
export const COMMITMENT_FIELDS = ["title", "measure", "target", "dueOn", "description"] as const;
export type CommitmentField = (typeof COMMITMENT_FIELDS)[number];

// Type aliases, not interfaces: the diff goes into the audit row's JSON as it is.
export type FieldChange<F extends string> = {
  field: F;
  before: string;
  after: string;
};

export type PlanChanges = {
  visions: FieldChange<VisionField>[];
  images: { targetImageId: number; name: string; before: { aspired: boolean; reason: string }; after: { aspired: boolean; reason: string } }[];
  added: CommitmentTerms[];
  changed: { id: number; title: string; fields: FieldChange<CommitmentField>[] }[];
  removed: CommitmentTerms[];
};

/** A plan as read from the database (get-plan-detail, plan-snapshot): only what its terms need. */
export interface PlanTermsSource {
  visionNow: string;
  vision3Years: string;
  vision10Years: string;
  images: { targetImageId: number; aspired: boolean; reason: string; targetImage: { name: string } }[];
  commitments: {
    id: number;
    status: string;
    title: string;
    description: string;
    targetText: string;
    targetValue: { toString(): string } | null;
    targetUnit: string;
    dueOn: Date | null;
    measure: { number: number; name: string; area: { number: number } };
  }[];
}

/** The terms of a plan: its visions, target-image choices and live (not dropped) commitments. */
export function planTermsOf(plan: PlanTermsSource): PlanTerms {
  return {
    visionNow: plan.visionNow,
    vision3Years: plan.vision3Years,
    vision10Years: plan.vision10Years,
    images: plan.images.map((image) => ({ targetImageId: image.targetImageId, name: image.targetImage.name, aspired: image.aspired, reason: image.reason })),
    commitments: plan.commitments
      .filter((commitment) => commitment.status !== "DROPPED")
      .map((commitment) => ({
        id: commitment.id,
        title: commitment.title,
        measure: measureLabel({ areaNumber: commitment.measure.area.number, number: commitment.measure.number, name: commitment.measure.name }),
        target: commitment.targetValue !== null ? `${commitment.targetValue.toString()}${commitment.targetUnit}` : commitment.targetText,
        // A date column is midnight UTC: its ISO day is the calendar day.
        dueOn: commitment.dueOn ? commitment.dueOn.toISOString().slice(0, 10) : null,
        description: commitment.description,
      })),
  };
}

/** The snapshot column's value, or null when it is missing or not in the expected shape. */
export function parsePlanTerms(value: unknown): PlanTerms | null {
  const parsed = planTermsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const text = (value: string | null) => value ?? "";

/** What changed from the approved terms to the current ones; commitments are matched by id. */
export function diffPlanTerms(approved: PlanTerms, current: PlanTerms): PlanChanges {
  const visions = VISION_FIELDS.filter((field) => approved[field] !== current[field]).map((field) => ({
    field,
    before: approved[field],
    after: current[field],
  }));
  const approvedImages = new Map(approved.images.map((image) => [image.targetImageId, image]));
  const images = current.images.flatMap((image) => {
    const before = approvedImages.get(image.targetImageId) ?? { aspired: false, reason: "" };
    return before.aspired === image.aspired && before.reason === image.reason
      ? []
      : [
          {
            targetImageId: image.targetImageId,
            name: image.name,
            before: { aspired: before.aspired, reason: before.reason },
            after: { aspired: image.aspired, reason: image.reason },
          },
        ];
  });
  const approvedById = new Map(approved.commitments.map((commitment) => [commitment.id, commitment]));
  const currentIds = new Set(current.commitments.map((commitment) => commitment.id));
  const added = current.commitments.filter((commitment) => !approvedById.has(commitment.id));
  const removed = approved.commitments.filter((commitment) => !currentIds.has(commitment.id));
  const changed = current.commitments.flatMap((commitment) => {
    const before = approvedById.get(commitment.id);
    if (!before) return [];
    const fields = COMMITMENT_FIELDS.filter((field) => before[field] !== commitment[field]).map((field) => ({
      field,
      before: text(before[field]),
      after: text(commitment[field]),
    }));
    return fields.length === 0 ? [] : [{ id: commitment.id, title: commitment.title, fields }];
  });
  return { visions, images, added, changed, removed };
}

export function sameCommitmentTerms(a: CommitmentTerms, b: CommitmentTerms): boolean {
  return COMMITMENT_FIELDS.every((field) => a[field] === b[field]);
}

export function hasChanges(changes: PlanChanges): boolean {
  return changes.visions.length + changes.images.length + changes.added.length + changes.changed.length + changes.removed.length > 0;
}

/** How many things changed, for a count beside the plan (a commitment counts once however many of its fields changed). */
export function countChanges(changes: PlanChanges): number {
  return changes.visions.length + changes.images.length + changes.added.length + changes.changed.length + changes.removed.length;
}
