import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { type City, serviceIn, sometimeOn, type Year } from "./context";
import { type Day, type Instant, workday } from "./dates";
import type { ProgrammeCatalogue } from "./programmes";
import type { Random } from "./random";
import {
  type Audience,
  DEPARTMENTAL_TRAININGS,
  EXTERNAL_TRAININGS,
  INSTITUTE_PROGRAMMES,
  QUALIFICATION_NOTES,
  QUALIFICATIONS,
  WORKPLACE_TRAININGS,
} from "./record-texts";
import type { PlannedPerson, Post } from "./staff";

const AUDIENCE_POSTS: Readonly<Record<Exclude<Audience, "first" | "second" | "staff" | "all">, readonly Post[]>> = {
  chief: ["unitHead", "assistant"],
  evaluator: ["unitHead", "assistant", "sectionHead", "departmentHead"],
  manager: ["sectionHead", "departmentHead", "deputy", "bureauHead"],
};

function attends(person: PlannedPerson, service: number, audience: Audience, range: readonly [number, number] | undefined): boolean {
  switch (audience) {
    case "first":
      return service === 0;
    case "second":
      return service === 1;
    case "staff":
      return person.post === "member" && (!range || (service >= range[0] && service <= range[1]));
    case "all":
      return true;
    default:
      return AUDIENCE_POSTS[audience].includes(person.post);
  }
}

/**
 * A person's trainings of a year, about four: the institute's programmes they were enrolled in
 * (attendance recorded by the HR division, which creates their training record, as
 * lib/records/programmes does; sessions still ahead are enrolments only), the 部門別研修 of their job
 * category, their 係's own 職場研修 and now and then an outside course, entered by themselves.
 */
export function writeTrainings(city: City, year: Year, person: PlannedPerson, programmes: ProgrammeCatalogue, random: Random): void {
  const { trainingRecord, trainingEnrolment } = city.tables;
  const from = Math.max(year.start, person.joinedOn);
  const last = Math.min(year.end, year.lastDay);
  const service = serviceIn(person, year.year, city.currentFiscalYear);
  const record = (row: {
    title: string;
    kind: "INSTITUTE" | "DEPARTMENTAL" | "EXTERNAL";
    start: Day;
    end: Day;
    hours: number;
    completed: boolean;
    measureId: number | null;
    by: number;
    at: Instant;
  }) => {
    const id = trainingRecord.nextId();
    trainingRecord.add({
      id,
      employee_id: person.id,
      fiscal_year: year.year,
      programme_name: row.title,
      kind: row.kind,
      start_on: row.start,
      end_on: row.end,
      hours: row.hours,
      completed: row.completed,
      measure_id: row.measureId,
      version: 1,
      created_by_id: row.by,
      created_at: row.at,
      updated_at: row.at,
    });
    return id;
  };
  const enteredAt = (end: Day) => sometimeOn(random, Math.min(end + random.int(0, 7), year.lastDay));

  INSTITUTE_PROGRAMMES.forEach((spec, p) => {
    if (!attends(person, service, spec.audience, spec.service) || !random.chance(spec.chance)) return;
    const open = (programmes.sessions[p] ?? []).filter((session) => session.start >= from && session.end <= year.end);
    if (open.length === 0) return;
    const session = random.pick(open);
    const enrolledOn = Math.max(year.start, session.start - random.int(14, 40));
    // Enrolment for a session opens a few weeks before it.
    if (enrolledOn > year.lastDay) return;
    session.enrolled += 1;
    const enrolledAt = sometimeOn(random, enrolledOn);
    if (session.end > year.lastDay) {
      trainingEnrolment.add({
        id: trainingEnrolment.nextId(),
        session_id: session.id,
        employee_id: person.id,
        status: "ENROLLED",
        training_record_id: null,
        updated_at: enrolledAt,
      });
      return;
    }
    const status = random.weighted<EnrolmentStatus>([
      ["COMPLETED", 0.88],
      ["ATTENDED", 0.06],
      ["ABSENT", 0.06],
    ]);
    const recordedAt = sometimeOn(random, Math.min(session.end + random.int(1, 5), year.lastDay));
    const recordId =
      status === "ABSENT"
        ? null
        : record({
            title: spec.title,
            kind: "INSTITUTE",
            start: session.start,
            end: session.end,
            hours: spec.hours,
            completed: status === "COMPLETED",
            measureId: city.catalogue.measure(spec.measure),
            by: city.hrActorId,
            at: recordedAt,
          });
    trainingEnrolment.add({
      id: trainingEnrolment.nextId(),
      session_id: session.id,
      employee_id: person.id,
      status,
      training_record_id: recordId,
      updated_at: recordedAt,
    });
  });
  if (from > last) return;

  // Of a year still running (or joined late), only the part behind us has trainings in it.
  const share = (last - from + 1) / (year.end - from + 1);
  const oneDay = (hours: number, title: string, kind: "DEPARTMENTAL" | "EXTERNAL", measureId: number | null, days = 1) => {
    if (!random.chance(share)) return;
    const start = workday(random.int(from, last));
    const end = start + days - 1;
    if (end > last) return;
    record({ title, kind, start, end, hours, completed: random.chance(0.96), measureId, by: person.id, at: enteredAt(end) });
  };
  const departmental = random.sample(DEPARTMENTAL_TRAININGS[person.jobCategory], random.chance(0.75) ? (random.chance(0.3) ? 2 : 1) : 0);
  for (const title of departmental) oneDay(random.pick([3, 3.5, 6, 7]), title, "DEPARTMENTAL", random.chance(0.85) ? city.catalogue.measure("1-4") : null);
  const workplace = random.sample(
    WORKPLACE_TRAININGS,
    random.weighted([
      [0, 20],
      [1, 40],
      [2, 40],
    ] as const),
  );
  for (const title of workplace) oneDay(random.pick([1, 1.5, 2]), title, "DEPARTMENTAL", random.chance(0.6) ? city.catalogue.measure("1-2") : null);
  if (random.chance(0.12)) {
    const [title, hours] = random.pick(EXTERNAL_TRAININGS);
    const measure = random.weighted([
      ["1-5", 5],
      ["1-4", 2],
      [null, 3],
    ] as const);
    oneDay(hours, title, "EXTERNAL", measure === null ? null : city.catalogue.measure(measure), Math.min(5, Math.ceil(hours / 7)));
  }
}

/** 資格・自己啓発: now and then a qualification, each one a person holds only once. */
export function writeQualifications(city: City, year: Year, person: PlannedPerson, held: Set<string>, random: Random): void {
  const young = serviceIn(person, year.year, city.currentFiscalYear) < 10;
  const from = Math.max(year.start, person.joinedOn);
  const last = Math.min(year.end, year.lastDay);
  if (!random.chance((young ? 0.15 : 0.09) * Math.max(0, (last - from + 1) / (year.end - from + 1)))) return;
  const choices = QUALIFICATIONS[person.jobCategory].filter((spec) => !held.has(spec.name));
  if (choices.length === 0 || from > last) return;
  const spec = random.pick(choices);
  held.add(spec.name);
  const obtained = random.int(from, last);
  const at = sometimeOn(random, Math.min(obtained + random.int(0, 14), year.lastDay));
  city.tables.qualificationRecord.add({
    id: city.tables.qualificationRecord.nextId(),
    employee_id: person.id,
    name: spec.name,
    obtained_on: obtained,
    expires_on: spec.validYears ? obtained + Math.round(spec.validYears * 365.25) - 1 : null,
    measure_id: random.chance(0.9) ? city.catalogue.measure("1-5") : null,
    note: random.chance(0.25) ? random.pick(QUALIFICATION_NOTES) : "",
    version: 1,
    created_by_id: person.id,
    created_at: at,
    updated_at: at,
  });
}
