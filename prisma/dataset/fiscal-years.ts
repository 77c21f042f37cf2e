import type { BulkLoader } from "./bulk-insert";
import { type CarrySource, planIndividualCommitments, writeIndividualCommitments } from "./commitments";
import { type City, FIRST_FISCAL_YEAR, fiscalYearContext, type Year } from "./context";
import { planInterviews, writeInterviews } from "./interviews";
import { notify } from "./notifications";
import { writeOjt } from "./ojt";
import { planTimeline, type PlanYear, writePlan } from "./plans";
import { setCapacities, type ProgrammeCatalogue, writeSessions } from "./programmes";
import { Random } from "./random";
import { writeQualifications, writeTrainings } from "./records";
import type { PlannedPerson } from "./staff";
import { type UnitCarrySource, writeUnitCommitments } from "./unit-commitments";
import { writeYearEndRatings } from "./year-end";

/** What one year leaves for the next one's rollover, and what people hold across years. */
export interface CarryState {
  individual: Map<number, CarrySource[]>;
  unit: UnitCarrySource[];
  qualifications: Map<number, Set<string>>;
}

interface Streams {
  plans: Random;
  commitments: Random;
  interviews: Random;
  records: Random;
  ojt: Random;
  notifications: Random;
  yearEnd: Random;
}

/** The plan's transitions as notifications to the reviewer and the owner (lib/year/plans). */
function notifyPlan(city: City, year: Year, plan: PlanYear, random: Random): void {
  const reviewer = city.staff.people[plan.reviewerId - 1];
  const reviewed = plan.events.some((event) => event.action === "APPROVE" || event.action === "RETURN");
  for (const event of plan.events) {
    if (event.action === "SUBMIT") {
      notify(city, year, random, {
        recipientId: plan.reviewerId,
        kind: "PLAN_SUBMITTED",
        actorId: plan.owner.id,
        href: `/plans/${plan.id}`,
        params: { name: plan.owner.name },
        at: event.at,
        readChance: reviewed ? 0.95 : 0.4,
      });
    } else if (event.action === "APPROVE" || event.action === "RETURN" || event.action === "COMMENT") {
      const kind = event.action === "APPROVE" ? "PLAN_APPROVED" : event.action === "RETURN" ? "PLAN_RETURNED" : "PLAN_COMMENTED";
      notify(city, year, random, {
        recipientId: plan.owner.id,
        kind,
        actorId: event.actorId,
        href: `/me/plans/${year.year}`,
        params: { name: reviewer?.name ?? "" },
        at: event.at,
        readChance: 0.8,
      });
    }
  }
}

/** One member of staff's year: plan and commitments, interviews, trainings, qualifications, OJT. */
function writePersonYear(
  city: City,
  year: Year,
  person: PlannedPerson,
  programmes: ProgrammeCatalogue,
  carried: readonly CarrySource[],
  coverage: number,
  state: CarryState,
  streams: Streams,
): CarrySource[] {
  // The headquarters' stand-in is not really on the staff; everyone else counts from joining.
  if (person.post === "headquarters" || Math.max(year.start, person.joinedOn) > year.lastDay) return [];
  const { tables, staff } = city;
  const reviewerId = person.supervisorId ?? staff.headquartersId;
  const supervisor = person.supervisorId === null ? null : (staff.people[person.supervisorId - 1] ?? null);
  const plan = planTimeline(city, year, person, reviewerId, carried.length > 0, () => tables.developmentPlan.nextId(), streams.plans);
  const interviews = supervisor ? planInterviews(city, year, person, supervisor, plan, () => tables.careerInterview.nextId(), streams.interviews) : null;
  let unfinished: CarrySource[] = [];
  let acceptedCommitmentId: number | null = null;
  if (plan) {
    const commitments = planIndividualCommitments(
      city,
      year,
      plan,
      carried,
      interviews?.accepted ?? null,
      () => tables.commitment.nextId(),
      streams.commitments,
    );
    if (interviews?.accepted) acceptedCommitmentId = commitments.at(-1)?.id ?? null;
    writePlan(city, year, plan, streams.plans);
    unfinished = writeIndividualCommitments(city, year, plan, commitments);
    writeYearEndRatings(city, year, plan, commitments, streams.yearEnd);
    notifyPlan(city, year, plan, streams.notifications);
  }
  if (interviews && supervisor) writeInterviews(city, year, person, supervisor, interviews, acceptedCommitmentId, streams.interviews);
  writeTrainings(city, year, person, programmes, streams.records);
  let held = state.qualifications.get(person.id);
  if (!held) state.qualifications.set(person.id, (held = new Set()));
  writeQualifications(city, year, person, held, streams.records);
  writeOjt(city, year, person, coverage, streams.ojt);
  return unfinished;
}

/**
 * Writes one fiscal year for the whole city, person by person in id order (so the same seed
 * gives the same rows), then the units' commitments, and waits until PostgreSQL has it all.
 */
export async function writeFiscalYear(
  city: City,
  loader: BulkLoader,
  scale: number,
  yearNumber: number,
  programmeIds: readonly number[],
  state: CarryState,
): Promise<Year> {
  const year = fiscalYearContext(city, yearNumber);
  const stream = (name: string) => new Random(city.seed, `${name}:${yearNumber}`);
  const streams: Streams = {
    plans: stream("plans"),
    commitments: stream("commitments"),
    interviews: stream("interviews"),
    records: stream("records"),
    ojt: stream("ojt"),
    notifications: stream("notifications"),
    // A stream of its own, so the ratings leave every other row as it was.
    yearEnd: stream("year-end"),
  };
  const programmes = writeSessions(city, scale, year, programmeIds);
  const carrying = year.carry.individual ? state.individual : new Map<number, CarrySource[]>();
  const next = new Map<number, CarrySource[]>();
  // OJT coverage of young staff: lower in the current year (plans still being made), and
  // better in some bureaus than in others.
  const coverage = (person: PlannedPerson) => Math.min(0.97, (year.current ? 0.72 : 0.84) * (city.bureauDiligence[person.unit.bureau] ?? 1));

  for (const person of city.staff.people) {
    const unfinished = writePersonYear(city, year, person, programmes, carrying.get(person.id) ?? [], coverage(person), state, streams);
    if (unfinished.length > 0) next.set(person.id, unfinished);
    // Let PostgreSQL drain the batches now and then, so memory stays flat.
    if (person.id % 256 === 0) await loader.settle();
  }
  const carriedUnits = state.unit.filter((source) =>
    source.level === "TEAM" ? year.carry.team : source.level === "BUREAU" ? year.carry.bureau : year.carry.city,
  );
  state.unit = writeUnitCommitments(city, year, carriedUnits);
  state.individual = next;
  await loader.flushAll();
  await setCapacities(loader.client, programmes);
  return year;
}

/** fiscal_year rows as the rollover leaves them: every past year CLOSED when the next opened. */
export function writeFiscalYearRows(city: City): void {
  for (let year = FIRST_FISCAL_YEAR; year <= city.currentFiscalYear; year++) {
    const context = fiscalYearContext(city, year);
    const next = year < city.currentFiscalYear ? fiscalYearContext(city, year + 1) : null;
    city.tables.fiscalYear.add({ year, status: next ? "CLOSED" : "OPEN", opened_at: context.openedAt, closed_at: next ? next.openedAt : null });
  }
}
