import type pg from "pg";
import { type City, type Year } from "./context";
import { type Day, dayOf, officeTime, workday } from "./dates";
import { Random } from "./random";
import { AUDIENCE_RANKS, INSTITUTE_PROGRAMMES, type ProgrammeSpec } from "./record-texts";

export interface PlannedSession {
  id: number;
  start: Day;
  end: Day;
  enrolled: number;
}

/** The institute's programmes as rows of the catalogue, and each year's sessions of them. */
export interface ProgrammeCatalogue {
  ids: readonly number[];
  /** per programme (INSTITUTE_PROGRAMMES order), this year's sessions */
  sessions: PlannedSession[][];
}

const VENUES = ["職員研修所 第1研修室", "職員研修所 第2研修室", "市役所本庁舎 会議室", "戦災復興記念館 会議室"];

export function writeProgrammes(city: City): number[] {
  const { trainingProgramme } = city.tables;
  // Catalogued once, before the first fiscal year of the policy.
  const at = officeTime(dayOf(2021, 3, 1), 0);
  return INSTITUTE_PROGRAMMES.map((spec) => {
    const id = trainingProgramme.nextId();
    trainingProgramme.add({
      id,
      title: spec.title,
      kind: "INSTITUTE",
      measure_id: city.catalogue.measure(spec.measure),
      target_ranks: AUDIENCE_RANKS[spec.audience],
      target_job_categories: "",
      hours: spec.hours,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    return id;
  });
}

/** Monday is 0: 1970-01-01, day 0, was a Thursday. */
const weekday = (day: Day) => (day + 3) % 7;

function sessionDays(spec: ProgrammeSpec, year: number, run: number): [Day, Day] {
  const monthIndex = spec.months[run % spec.months.length] ?? 4;
  const week = Math.floor(run / spec.months.length);
  const calendarYear = monthIndex > 12 ? year + 1 : year;
  let start = workday(dayOf(calendarYear, monthIndex > 12 ? monthIndex - 12 : monthIndex, Math.min(6 + 7 * week, 27)));
  const days = spec.hours >= 21 ? 3 : spec.hours >= 12 ? 2 : 1;
  // Courses of several days run within one working week.
  if (days > 1 && weekday(start) > 5 - days) start += 7 - weekday(start);
  return [start, start + days - 1];
}

/** This year's sessions of every programme: fewer runs in a smaller city, at least one each. */
export function writeSessions(city: City, scale: number, year: Year, programmeIds: readonly number[]): ProgrammeCatalogue {
  const { trainingSession } = city.tables;
  const random = new Random(city.seed, `sessions:${year.year}`);
  const sessions = INSTITUTE_PROGRAMMES.map((spec, p) =>
    Array.from({ length: Math.max(1, Math.round(spec.runs * Math.sqrt(scale))) }, (_, run) => {
      const [start, end] = sessionDays(spec, year.year, run);
      const id = trainingSession.nextId();
      const online = spec.online === true && random.chance(0.7);
      trainingSession.add({
        id,
        programme_id: programmeIds[p] ?? 0,
        fiscal_year: year.year,
        start_on: start,
        end_on: end,
        venue: online ? "オンライン" : random.pick(VENUES),
        online,
        capacity: null,
        version: 1,
      });
      return { id, start, end, enrolled: 0 };
    }),
  );
  return { ids: programmeIds, sessions };
}

/** Capacities follow the enrolments, rounded up to a tidy number, once the year is written. */
export async function setCapacities(client: pg.Client, catalogue: ProgrammeCatalogue): Promise<void> {
  const sessions = catalogue.sessions.flat();
  if (sessions.length === 0) return;
  await client.query(`UPDATE training_session s SET capacity = v.capacity FROM unnest($1::int4[], $2::int4[]) AS v(id, capacity) WHERE s.id = v.id`, [
    sessions.map((session) => session.id),
    sessions.map((session) => Math.max(10, Math.ceil((session.enrolled * 1.1) / 10) * 10)),
  ]);
}
