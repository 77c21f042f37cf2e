/**
 * How the policy's areas and measures are written, everywhere they are named: in the policy's
 * own numbering, the area's number in parentheses and the measure's circled, then the name —
 * （1）①キャリア形成の支援. Three spellings had grown up (①…, (1)1 …, 1. …); a measure is one
 * of thirteen across three areas, so its area's number is part of its name, even under its
 * area's heading. Pure, so server and client code and the exports share it.
 */

/** ①… as the policy prints them. */
export function circledNumber(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
}

/** （1）職員の主体的な成長を支援する研修・能力開発 */
export function areaLabel(area: { number: number; name: string }): string {
  return `（${area.number}）${area.name}`;
}

/** （1）①: a measure's number alone, where its name is given beside (a key, a screen reader's label) */
export function measureNumberLabel(measure: { areaNumber: number; number: number }): string {
  return `（${measure.areaNumber}）${circledNumber(measure.number)}`;
}

/** （1）①キャリア形成の支援 */
export function measureLabel(measure: { areaNumber: number; number: number; name: string }): string {
  return `${measureNumberLabel(measure)}${measure.name}`;
}
