import { formatDate } from "@/lib/platform/dates/format";
import type { InterviewActionStatus, InterviewKind } from "@/lib/generated/prisma/enums";
import type { AcceptedAction } from "./commitments";
import { calendarOf, type City, isoCalendar, sometimeOn, type Year } from "./context";
import { type Day, dayOf, type Instant, workday } from "./dates";
import { notify } from "./notifications";
import type { PlanYear } from "./plans";
import type { Random } from "./random";
import { INTERVIEW_ACTIONS, INTERVIEW_AGENDAS, INTERVIEW_AGREED_ACTIONS, INTERVIEW_PRIVATE_NOTES, INTERVIEW_SHARED_NOTES } from "./record-texts";
import type { PlannedPerson } from "./staff";

interface PlannedAction {
  id: number;
  title: string;
  measureId: number;
  status: InterviewActionStatus;
  decidedAt: Instant | null;
}

interface PlannedInterview {
  id: number;
  kind: InterviewKind;
  heldOn: Day;
  createdAt: Instant;
  action: PlannedAction | null;
}

/** A person's career interviews of a year, planned before their commitments: an action accepted
 *  at the start of the year becomes one of them. */
export interface InterviewYear {
  interviews: PlannedInterview[];
  accepted: AcceptedAction | null;
}

/**
 * キャリア面談 with the supervisor: most people have one at the start of the year (before their
 * plan goes in), about half a mid-year one and, in years that are over, one at the end. An
 * action agreed at the start of the year is accepted into the plan while it is still a draft
 * (lib/year/interviews refuses it while the plan is under review), declined, or still open.
 */
export function planInterviews(
  city: City,
  year: Year,
  person: PlannedPerson,
  supervisor: PlannedPerson,
  plan: PlanYear | null,
  nextId: () => number,
  random: Random,
): InterviewYear {
  const from = Math.max(year.start, person.joinedOn);
  const interviews: PlannedInterview[] = [];
  let accepted: AcceptedAction | null = null;
  const schedule = (kind: InterviewKind, day: Day) => {
    if (day < from || day > year.lastDay) return null;
    const interview: PlannedInterview = {
      id: nextId(),
      kind,
      heldOn: day,
      createdAt: sometimeOn(random, Math.min(day + random.int(0, 2), year.lastDay)),
      action: null,
    };
    interviews.push(interview);
    return interview;
  };

  if (random.chance(0.85)) {
    const start = plan ? plan.ownStart + 1 : from + random.int(10, 50);
    const before = plan?.firstSubmit ?? null;
    const day = workday(before !== null && before - 2 > start ? random.int(start, before - 2) : start + random.int(0, 10));
    const interview = schedule("START_OF_YEAR", day);
    if (interview && random.chance(0.3)) {
      const [key, title] = random.pick(INTERVIEW_ACTIONS);
      const decidedDay = workday(day + random.int(1, 3));
      // Accepting adds to a plan still being written: before it is first submitted.
      const canAccept = plan !== null && decidedDay <= year.lastDay && (before === null ? plan.status === "DRAFT" : decidedDay < before);
      const wanted = random.weighted<InterviewActionStatus>(
        year.current
          ? [
              ["ACCEPTED", 0.45],
              ["DECLINED", 0.15],
              ["PROPOSED", 0.4],
            ]
          : [
              ["ACCEPTED", 0.6],
              ["DECLINED", 0.25],
              ["PROPOSED", 0.15],
            ],
      );
      const status: InterviewActionStatus = wanted === "ACCEPTED" && !canAccept ? (year.current ? "PROPOSED" : "DECLINED") : wanted;
      const decidedAt = status === "PROPOSED" || decidedDay > year.lastDay ? null : Math.max(interview.createdAt + 60_000, sometimeOn(random, decidedDay));
      interview.action = {
        id: city.tables.interviewAction.nextId(),
        title,
        measureId: city.catalogue.measure(key),
        status: decidedAt === null ? "PROPOSED" : status,
        decidedAt,
      };
      if (interview.action.status === "ACCEPTED" && decidedAt !== null) {
        accepted = {
          measureId: interview.action.measureId,
          title,
          origin: `キャリア面談（${formatDate(calendarOf(day), "ja")}、面談者：${supervisor.name}）で合意した取組`,
          decidedAt,
        };
      }
    }
  }
  if (random.chance(0.5)) {
    const interview = schedule("MID_YEAR", workday(dayOf(year.year, 10, 1) + random.int(-20, 40)));
    if (interview && random.chance(0.15)) {
      const [key, title] = random.pick(INTERVIEW_ACTIONS);
      const declined = !year.current || random.chance(0.4);
      const decidedAt = declined ? sometimeOn(random, Math.min(interview.heldOn + random.int(1, 5), year.lastDay)) : null;
      interview.action = {
        id: city.tables.interviewAction.nextId(),
        title,
        measureId: city.catalogue.measure(key),
        status: declined ? "DECLINED" : "PROPOSED",
        decidedAt: decidedAt === null ? null : Math.max(decidedAt, interview.createdAt + 60_000),
      };
    }
  }
  if (random.chance(0.45)) schedule("END_OF_YEAR", workday(dayOf(year.year + 1, 2, 1) + random.int(0, 45)));
  if (random.chance(0.06)) schedule("OTHER", workday(random.int(from, year.end)));
  return { interviews, accepted };
}

/** Writes the interviews and their actions (after the commitments, which accepted actions point to). */
export function writeInterviews(
  city: City,
  year: Year,
  person: PlannedPerson,
  supervisor: PlannedPerson,
  planned: InterviewYear,
  acceptedCommitmentId: number | null,
  random: Random,
): void {
  const { careerInterview, interviewAction } = city.tables;
  for (const interview of planned.interviews) {
    const action = interview.action;
    const decided = action?.decidedAt ?? null;
    careerInterview.add({
      id: interview.id,
      employee_id: person.id,
      supervisor_id: supervisor.id,
      held_on: interview.heldOn,
      kind: interview.kind,
      agenda: random.pick(INTERVIEW_AGENDAS[interview.kind]),
      shared_notes: random.chance(0.85) ? random.pick(INTERVIEW_SHARED_NOTES) : "",
      private_notes: random.chance(0.4) ? random.pick(INTERVIEW_PRIVATE_NOTES) : "",
      agreed_actions: random.chance(0.6) ? random.pick(INTERVIEW_AGREED_ACTIONS) : "",
      version: decided === null ? 1 : 2,
      created_at: interview.createdAt,
      updated_at: Math.max(interview.createdAt, decided ?? 0),
    });
    if (action) {
      interviewAction.add({
        id: action.id,
        interview_id: interview.id,
        title: action.title,
        measure_id: action.measureId,
        status: action.status,
        commitment_id: action.status === "ACCEPTED" ? acceptedCommitmentId : null,
        decided_at: action.decidedAt,
      });
    }
    notify(city, year, random, {
      recipientId: person.id,
      kind: "INTERVIEW_RECORDED",
      actorId: supervisor.id,
      href: `/interviews/${interview.id}`,
      params: { name: supervisor.name, heldOn: isoCalendar(interview.heldOn) },
      at: interview.createdAt,
      readChance: 0.85,
    });
  }
}
