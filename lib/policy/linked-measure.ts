import { measureLabel } from "@/lib/policy/measure-label";

/** The fields a record's linked measure is shown with: （1）⑤職員の自己啓発支援 */
export const linkedMeasureSelect = { select: { id: true, number: true, name: true, area: { select: { number: true } } } } as const;

export interface LinkedMeasure {
  id: number;
  label: string;
}

type MeasureRow = { id: number; number: number; name: string; area: { number: number } };

/** A measure as a record links it; none stays none (a required link stays a link). */
export function toLinkedMeasure(measure: MeasureRow): LinkedMeasure;
export function toLinkedMeasure(measure: MeasureRow | null): LinkedMeasure | null;
export function toLinkedMeasure(measure: MeasureRow | null): LinkedMeasure | null {
  return measure ? { id: measure.id, label: measureLabel({ areaNumber: measure.area.number, number: measure.number, name: measure.name }) } : null;
}
