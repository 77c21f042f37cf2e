import type { City, Year } from "./context";
import { serviceIn, sometimeOn } from "./context";
import { type Day, dayOf, workday } from "./dates";
import { notify } from "./notifications";
import type { Random } from "./random";
import { OJT_AIMS, OJT_GOALS, OJT_SESSION_TOPICS } from "./record-texts";
import type { PlannedPerson } from "./staff";

/** Last day of each OJT period (lib/year/ojt/periods.ts): halves and quarters of the fiscal year. */
function periodEnd(period: string, year: number): Day {
  return (
    { H1: dayOf(year, 9, 30), H2: dayOf(year + 1, 3, 31), Q1: dayOf(year, 6, 30), Q2: dayOf(year, 9, 30), Q3: dayOf(year, 12, 31), Q4: dayOf(year + 1, 3, 31) }[
      period
    ] ?? dayOf(year + 1, 3, 31)
  );
}

/**
 * 組織的・計画的なOJT for a young member of staff (若手, per the setting, as of today or the year's
 * end): most have a plan with a trainer from their own 係 — a colleague of some years' standing,
 * or the 係長 where there is none — goals per half or quarter, linked to measures, and sessions
 * about monthly. Coverage differs by bureau, so the dashboards have something to compare.
 */
export function writeOjt(city: City, year: Year, trainee: PlannedPerson, coverage: number, random: Random): void {
  if (trainee.post !== "member" || trainee.supervisorId === null || trainee.joinedOn <= year.youngAfter) return;
  const from = Math.max(year.start, trainee.joinedOn);
  const createdDay = workday(from + random.int(10, 45));
  if (createdDay > year.lastDay || !random.chance(coverage)) return;
  const { ojtPlan, ojtGoal, ojtSession } = city.tables;
  const colleagues = (city.staff.membersOf.get(trainee.unit.id) ?? [])
    .map((id) => city.staff.people[id - 1] as PlannedPerson)
    .filter((person) => person.id !== trainee.id && serviceIn(person, year.year, city.currentFiscalYear) >= 5);
  const trainerId = colleagues.length > 0 ? random.pick(colleagues).id : trainee.supervisorId;
  const supervisorId = trainee.supervisorId;
  const id = ojtPlan.nextId();
  const createdAt = sometimeOn(random, createdDay);
  const last = Math.min(year.end, year.lastDay);

  const periods = random.chance(0.7) ? ["H1", "H2"] : ["Q1", "Q2", "Q3", "Q4"];
  const goals = random.sample(OJT_GOALS, periods.length);
  let achieved = 0;
  const goalRows = periods.map((period, position) => {
    const [key, goal] = goals[position % goals.length] ?? OJT_GOALS[0] ?? ["1-2", ""];
    const done = periodEnd(period, year.year) <= last && random.chance(0.8);
    if (done) achieved += 1;
    return { id: ojtGoal.nextId(), ojt_plan_id: id, period, measure_id: city.catalogue.measure(key), goal, achieved: done, position };
  });

  // Sessions about once a month from the plan's start; none after yesterday.
  const sessions: { day: Day; at: number }[] = [];
  for (let day = workday(createdDay + random.int(5, 25)); day <= last; day = workday(day + random.int(20, 45)))
    sessions.push({ day, at: sometimeOn(random, day) });
  const completed = !year.current && random.chance(0.85);
  const completedAt = completed ? sometimeOn(random, Math.max(createdDay, year.end - random.int(0, 20))) : null;
  const lastAt = Math.max(createdAt, sessions.at(-1)?.at ?? 0, completedAt ?? 0);
  ojtPlan.add({
    id,
    trainee_id: trainee.id,
    trainer_id: trainerId,
    supervisor_id: supervisorId,
    fiscal_year: year.year,
    goals: random.pick(OJT_AIMS),
    completed,
    version: 1 + achieved + (completed ? 1 : 0),
    created_at: createdAt,
    updated_at: lastAt,
  });
  for (const row of goalRows) ojtGoal.add(row);
  for (const session of sessions) {
    const [topic, learnt, nextStep] = random.pick(OJT_SESSION_TOPICS);
    ojtSession.add({
      id: ojtSession.nextId(),
      ojt_plan_id: id,
      held_on: session.day,
      minutes: random.pick([30, 45, 60, 60, 90]),
      topic,
      learnt: random.chance(0.8) ? learnt : "",
      next_step: random.chance(0.7) ? nextStep : "",
      recorded_by_id: random.chance(0.6) ? trainerId : trainee.id,
      created_at: session.at,
    });
  }
  const trainer = city.staff.people[trainerId - 1];
  const supervisor = city.staff.people[supervisorId - 1];
  for (const recipientId of [trainee.id, trainerId]) {
    notify(city, year, random, {
      recipientId,
      kind: "OJT_ASSIGNED",
      actorId: supervisorId,
      href: `/ojt/${id}`,
      params: { name: supervisor?.name ?? "", trainee: trainee.name, trainer: trainer?.name ?? "", fiscalYear: year.year },
      at: createdAt,
      readChance: 0.95,
    });
  }
}
