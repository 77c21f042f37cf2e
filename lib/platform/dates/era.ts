import { type CalendarDate, compareDates } from "./calendar-date";

/**
 * 和暦: the modern eras, newest first, with their first day (so the Gregorian year of their
 * year 1) and the letter forms such as R8.4.1 abbreviate them with.
 */
export const ERAS = [
  { name: "令和", nameEn: "Reiwa", letter: "R", start: { year: 2019, month: 5, day: 1 } },
  { name: "平成", nameEn: "Heisei", letter: "H", start: { year: 1989, month: 1, day: 8 } },
  { name: "昭和", nameEn: "Showa", letter: "S", start: { year: 1926, month: 12, day: 25 } },
] as const;

export interface EraYear {
  era: (typeof ERAS)[number]["name"];
  eraEn: (typeof ERAS)[number]["nameEn"];
  year: number;
}

export function eraOf(date: CalendarDate): EraYear {
  const era = ERAS.find((candidate) => compareDates(date, candidate.start) >= 0);
  if (!era) throw new RangeError(`dates before 昭和 are not supported: ${date.year}`);
  return { era: era.name, eraEn: era.nameEn, year: date.year - era.start.year + 1 };
}

function eraYearLabel(year: number): string {
  return year === 1 ? "元" : String(year);
}

/** 令和8年11月24日 */
export function formatWareki(date: CalendarDate): string {
  const { era, year } = eraOf(date);
  return `${era}${eraYearLabel(year)}年${date.month}月${date.day}日`;
}

/**
 * A fiscal year's era name follows the era in force for most of the year, read at its
 * midpoint (1 October): FY2019 is 令和元年度 (the era changed on 1 May 2019), and FY1988
 * is 昭和63年度 although 平成 began in its January.
 */
export function fiscalYearEra(fiscalYear: number): EraYear {
  return eraOf({ year: fiscalYear, month: 10, day: 1 });
}

/** 令和8年度 */
export function formatFiscalYearJa(fiscalYear: number): string {
  const { era, year } = fiscalYearEra(fiscalYear);
  return `${era}${eraYearLabel(year)}年度`;
}
