import { type CalendarDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { DEFAULT_YOUNG_STAFF_YEARS } from "@/lib/insight/settings/young-staff-years";
import type { CatalogueIds } from "./catalogue-ids";
import { type Day, dayFromCalendar, fiscalYearEndDay, fiscalYearStartDay, type Instant, officeTime } from "./dates";
import type { PlannedUnit } from "./organisation";
import { Random } from "./random";
import type { PlannedPerson, Staff } from "./staff";
import type { DatasetTables } from "./tables";

/** The first fiscal year of the policy, and so of the portal's records. */
export const FIRST_FISCAL_YEAR = 2021;
/** 若手職員: the portal's default threshold, which the dataset also writes as the setting. */
export const YOUNG_STAFF_YEARS = DEFAULT_YOUNG_STAFF_YEARS;

/** Everything a generator needs about the city, fixed for the whole load. */
export interface City {
  seed: number;
  today: Day;
  currentFiscalYear: number;
  units: readonly PlannedUnit[];
  staff: Staff;
  catalogue: CatalogueIds;
  tables: DatasetTables;
  /** 人材育成係長: runs the rollovers and records programme attendance */
  hrActorId: number;
  /** how readily each bureau (by CITY_CHART index) and each supervisor (by id) gets plans approved */
  bureauDiligence: readonly number[];
  supervisorDiligence: ReadonlyMap<number, number>;
}

export type CarryLevel = "individual" | "team" | "bureau" | "city";

/** One fiscal year as the generators see it. */
export interface Year {
  year: number;
  start: Day;
  end: Day;
  /** the last day anything in this year may have happened on: yesterday for the current year */
  lastDay: Day;
  current: boolean;
  /** young staff joined after this day (as of today, or the year's end once it is over) */
  youngAfter: Day;
  /** when this year was opened (by the rollover of the one before, or the portal's start) */
  openedAt: Instant;
  /** which levels the rollover into this year carried forward (none for the first year) */
  carry: Readonly<Record<CarryLevel, boolean>>;
}

export function fiscalYearContext(city: Pick<City, "seed" | "today" | "currentFiscalYear">, year: number): Year {
  const start = fiscalYearStartDay(year);
  const end = fiscalYearEndDay(year);
  const current = year === city.currentFiscalYear;
  const lastDay = current ? city.today - 1 : end;
  const asOf: CalendarDate = current ? calendarOf(city.today) : { year: year + 1, month: 3, day: 31 };
  const random = new Random(city.seed, `rollover:${year}`);
  // The HR division chooses per rollover what to carry; the latest one carried everything.
  const carried = (probability: number) => year > FIRST_FISCAL_YEAR && (current || random.chance(probability));
  return {
    year,
    start,
    end,
    lastDay,
    current,
    youngAfter: dayFromCalendar(youngStaffJoinedAfter(asOf, YOUNG_STAFF_YEARS)),
    openedAt: officeTime(start, 30),
    carry: { individual: carried(0.5), team: carried(0.6), bureau: carried(0.5), city: carried(0.5) },
  };
}

export function calendarOf(day: Day): CalendarDate {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "YYYY-MM-DD", as the portal puts dates into notification parameters. */
export function isoCalendar(day: Day): string {
  return toIsoDate(calendarOf(day));
}

/** Whole years of service at the start of `year` (negative before joining). */
export function serviceIn(person: PlannedPerson, year: number, currentFiscalYear: number): number {
  return person.service - (currentFiscalYear - year);
}

/** A random instant on `day` in office hours. */
export function sometimeOn(random: Random, day: Day): Instant {
  return officeTime(day, random.int(0, 540));
}
