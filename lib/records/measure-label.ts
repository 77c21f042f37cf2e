import { circledNumber } from "@/lib/policy/get-policy-catalogue";

/** The fields a record's linked measure is shown with: ⑤職員の自己啓発支援 */
export const linkedMeasureSelect = { select: { id: true, number: true, name: true } } as const;

export interface LinkedMeasure {
  id: number;
  label: string;
}

export function toLinkedMeasure(measure: { id: number; number: number; name: string } | null): LinkedMeasure | null {
  return measure ? { id: measure.id, label: `${circledNumber(measure.number)}${measure.name}` } : null;
}
