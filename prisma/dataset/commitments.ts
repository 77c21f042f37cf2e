import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import {
  CARRIED_COMMENT,
  type CommitmentTemplate,
  DONE_NOTES,
  DROP_REASONS,
  INDIVIDUAL,
  INDIVIDUAL_MEASURE_WEIGHTS,
  LEADER_MEASURE_WEIGHTS,
  type MeasureKey,
  PROGRESS_NOTES,
} from "./commitment-texts";
import { type City, serviceIn, sometimeOn, type Year } from "./context";
import { type Day, dayOf, type Instant, workday } from "./dates";
import { type PlanYear, reopenForDrop } from "./plans";
import type { Random } from "./random";
import { DEPARTMENTAL_TRAININGS, QUALIFICATIONS } from "./record-texts";

/** An unfinished commitment, as the next year's rollover copies it. */
export interface CarrySource {
  id: number;
  measureId: number;
  focusThemeId: number | null;
  targetImageId: number | null;
  title: string;
  description: string;
  targetText: string;
  targetValue: number | null;
  targetUnit: string;
}

/** An action agreed in a career interview that the employee accepted into this plan. */
export interface AcceptedAction {
  measureId: number;
  title: string;
  /** 「キャリア面談（…）で合意した取組」: the commitment's description and CREATE comment */
  origin: string;
  decidedAt: Instant;
}

export interface ProgressEntry {
  day: Day;
  at: Instant;
  percent: number;
  actual: number | null;
  note: string;
}

export interface StatusEvent {
  from: CommitmentStatus;
  to: CommitmentStatus;
  at: Instant;
  comment: string;
}

export interface PlannedCommitment extends CarrySource {
  dueOn: Day | null;
  createdById: number;
  createdAt: Instant;
  createComment: string;
  carriedFromId: number | null;
  status: CommitmentStatus;
  progress: ProgressEntry[];
  statusEvents: StatusEvent[];
  version: number;
  updatedAt: Instant;
}

type Fate = "done" | "inProgress" | "approved" | "drop";

/** The steps from 0 to `last` %, one per entry, rising. */
function percents(random: Random, count: number, last: number): number[] {
  if (count === 0) return [];
  const steps = Array.from({ length: count - 1 }, () => random.int(1, Math.max(1, last / 10 - 1)) * 10).sort((a, b) => a - b);
  return [...new Set([...steps, last])].filter((p) => p <= last);
}

/** `count` distinct workdays in [from, to], in order. */
function daysBetween(random: Random, from: Day, to: Day, count: number): Day[] {
  const days = new Set<Day>();
  for (let i = 0; i < count * 3 && days.size < count; i++) {
    const day = workday(random.int(from, to));
    if (day <= to) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

function fill(template: CommitmentTemplate, category: keyof typeof QUALIFICATIONS, random: Random): string {
  return template.title
    .replace("{qualification}", () => random.pick(QUALIFICATIONS[category]).name)
    .replace("{training}", () => random.pick(DEPARTMENTAL_TRAININGS[category]));
}

/** Progress as the owner would have recorded it, with the status each entry leads to. */
export function progressFor(
  random: Random,
  fate: Fate,
  from: Day,
  to: Day,
  targetValue: number | null,
): { entries: ProgressEntry[]; status: CommitmentStatus; events: StatusEvent[] } {
  const count = fate === "done" ? random.int(2, 3) : fate === "inProgress" ? random.int(1, 3) : fate === "drop" ? random.int(0, 1) : 0;
  const days = to >= from ? daysBetween(random, from, to, count) : [];
  const last = fate === "done" ? 100 : fate === "drop" ? random.int(1, 4) * 10 : random.int(1, 9) * 10;
  const steps = percents(random, days.length, last);
  const entries: ProgressEntry[] = [];
  const events: StatusEvent[] = [];
  let status: CommitmentStatus = "APPROVED";
  steps.forEach((percent, i) => {
    const day = days[days.length - steps.length + i] ?? to;
    const at = sometimeOn(random, day);
    const actual = targetValue === null ? null : Math.round((targetValue * percent) / 100);
    entries.push({ day, at, percent, actual, note: percent >= 100 ? random.pick(DONE_NOTES) : random.pick(PROGRESS_NOTES) });
    const next: CommitmentStatus = percent >= 100 ? "DONE" : "IN_PROGRESS";
    if (next !== status) events.push({ from: status, to: next, at, comment: "" });
    status = next;
  });
  return { entries, status, events };
}

/**
 * The individual commitments of one plan: those the rollover carried in, about five of the
 * owner's own, and one from an accepted interview action. Their statuses follow the plan; under
 * an approved plan they make progress, finish, or are dropped (which reopens the plan for one
 * more round of approval, as lib/year/commitments does).
 */
export function planIndividualCommitments(
  city: City,
  year: Year,
  plan: PlanYear,
  carried: readonly CarrySource[],
  accepted: AcceptedAction | null,
  nextId: () => number,
  random: Random,
): PlannedCommitment[] {
  const owner = plan.owner;
  const leader = owner.post !== "member";
  const young = serviceIn(owner, year.year, city.currentFiscalYear) < 10;
  const planCreate = plan.events[0];
  const ownerActs = plan.ownStart <= year.lastDay;
  const ownFirstAt = planCreate && planCreate.actorId === owner.id ? planCreate.at : sometimeOn(random, plan.ownStart);
  const ownCount = ownerActs
    ? Math.max(
        1,
        random.weighted([
          [3, 15],
          [4, 25],
          [5, 30],
          [6, 18],
          [7, 12],
        ] as const) - carried.length,
      )
    : 0;
  const dues = [dayOf(year.year, 9, 30), dayOf(year.year, 12, 28), dayOf(year.year + 1, 2, 28), dayOf(year.year + 1, 3, 31)];
  const themeWeights = (number: number) => (number === 1 ? (young ? 3 : 1) : number === 2 ? (leader ? 3 : 1) : 1.5);

  const base = (): Pick<PlannedCommitment, "status" | "progress" | "statusEvents" | "version" | "updatedAt"> => ({
    status: "DRAFT",
    progress: [],
    statusEvents: [],
    version: 1,
    updatedAt: 0,
  });
  const drafts: PlannedCommitment[] = carried.map((source, i) => ({
    ...source,
    ...base(),
    id: nextId(),
    dueOn: null,
    createdById: city.hrActorId,
    createdAt: year.openedAt + i,
    createComment: CARRIED_COMMENT,
    carriedFromId: source.id,
  }));
  for (let i = 0; i < ownCount; i++) {
    const key: MeasureKey = random.weighted(leader ? LEADER_MEASURE_WEIGHTS : INDIVIDUAL_MEASURE_WEIGHTS);
    const template = random.pick(INDIVIDUAL[key] ?? INDIVIDUAL["1-5"] ?? []);
    const numeric = typeof template.target !== "string";
    drafts.push({
      ...base(),
      id: nextId(),
      measureId: city.catalogue.measure(key),
      focusThemeId:
        random.chance(0.25) && city.catalogue.focusThemes.length > 0
          ? random.weighted(city.catalogue.focusThemes.map((theme) => [theme.id, themeWeights(theme.number)] as const))
          : null,
      targetImageId: random.chance(0.45) ? random.pick(plan.aspired) : null,
      title: fill(template, owner.jobCategory, random),
      description: template.description ?? "",
      targetText: typeof template.target === "string" ? template.target : "",
      targetValue: numeric ? (template.target[0] as number) : null,
      targetUnit: numeric ? (template.target[1] as string) : "",
      dueOn: random.chance(0.75) ? random.pick(dues) : null,
      createdById: owner.id,
      createdAt: ownFirstAt + (i + 1) * 60_000,
      createComment: "",
      carriedFromId: null,
    });
  }
  if (accepted) {
    drafts.push({
      ...base(),
      id: nextId(),
      measureId: accepted.measureId,
      focusThemeId: null,
      targetImageId: null,
      title: accepted.title,
      description: accepted.origin,
      targetText: accepted.title,
      targetValue: null,
      targetUnit: "",
      dueOn: null,
      createdById: owner.id,
      createdAt: accepted.decidedAt,
      createComment: accepted.origin,
      carriedFromId: null,
    });
  }

  // Statuses follow the plan's own transitions (lib/year/plans/transition-plan.ts).
  const transitions = plan.events.filter((event) => event.action === "SUBMIT" || event.action === "RETURN" || event.action === "APPROVE");
  const fates = new Map<PlannedCommitment, Fate>();
  for (const draft of drafts) {
    draft.status = plan.status;
    const touching = transitions.filter((event) => event.at > draft.createdAt);
    draft.version = 1 + touching.length;
    draft.updatedAt = Math.max(draft.createdAt, touching.at(-1)?.at ?? 0);
    if (plan.status !== "APPROVED" || plan.approvedOn === null) continue;
    const fate = random.weighted<Fate>(
      year.current
        ? [
            ["done", 0.16],
            ["inProgress", 0.56],
            ["approved", 0.22],
            ["drop", 0.06],
          ]
        : [
            ["done", 0.8],
            ["inProgress", 0.08],
            ["approved", 0.06],
            ["drop", 0.06],
          ],
    );
    const { entries, status, events } = progressFor(random, fate, plan.approvedOn + 5, Math.min(year.end, year.lastDay), draft.targetValue);
    Object.assign(draft, { status, progress: entries, statusEvents: events });
    fates.set(draft, fate);
  }

  const dropping = drafts.filter((draft) => fates.get(draft) === "drop");
  if (dropping.length > 0 && plan.approvedOn !== null) {
    const lastProgress = Math.max(plan.approvedOn, ...drafts.flatMap((draft) => draft.progress.map((entry) => entry.day)));
    const dropDay = workday(lastProgress + random.int(3, 15));
    const dropAt = sometimeOn(random, dropDay);
    if (dropDay <= year.lastDay && reopenForDrop(plan, year, dropAt, dropDay, random)) {
      const reason = random.pick(DROP_REASONS);
      for (const draft of dropping) {
        draft.statusEvents.push({ from: draft.status, to: "DROPPED", at: dropAt, comment: reason });
        draft.status = "DROPPED";
      }
    }
  }
  for (const draft of drafts) {
    draft.version += draft.progress.length + (draft.status === "DROPPED" ? 1 : 0);
    draft.updatedAt = Math.max(draft.updatedAt, draft.progress.at(-1)?.at ?? 0, draft.statusEvents.at(-1)?.at ?? 0);
  }
  return drafts;
}

/** Writes the commitments of a plan with their progress and timelines; returns the unfinished ones. */
export function writeIndividualCommitments(city: City, year: Year, plan: PlanYear, drafts: readonly PlannedCommitment[]): CarrySource[] {
  const { commitment, commitmentProgress, reviewEvent } = city.tables;
  const owner = plan.owner.id;
  drafts.forEach((draft, position) => {
    const last = draft.progress.at(-1);
    commitment.add({
      id: draft.id,
      level: "INDIVIDUAL",
      fiscal_year: year.year,
      plan_id: plan.id,
      owner_employee_id: owner,
      owner_unit_id: null,
      measure_id: draft.measureId,
      focus_theme_id: draft.focusThemeId,
      target_image_id: draft.targetImageId,
      title: draft.title,
      description: draft.description,
      target_text: draft.targetText,
      target_value: draft.targetValue,
      target_unit: draft.targetUnit,
      actual_value: last?.actual ?? null,
      progress_percent: last?.percent ?? 0,
      metric: "MANUAL",
      due_on: draft.dueOn,
      status: draft.status,
      position,
      version: draft.version,
      created_by_id: draft.createdById,
      created_at: draft.createdAt,
      updated_at: draft.updatedAt,
      carried_from_id: draft.carriedFromId,
    });
    reviewEvent.add({
      id: reviewEvent.nextId(),
      plan_id: null,
      commitment_id: draft.id,
      action: "CREATE",
      from_status: null,
      to_status: "DRAFT",
      comment: draft.createComment,
      actor_id: draft.createdById,
      at: draft.createdAt,
    });
    for (const entry of draft.progress) {
      commitmentProgress.add({
        id: commitmentProgress.nextId(),
        commitment_id: draft.id,
        recorded_on: entry.day,
        note: entry.note,
        percent: entry.percent,
        actual_value: entry.actual,
        recorded_by_id: owner,
        created_at: entry.at,
      });
    }
    for (const event of draft.statusEvents) {
      reviewEvent.add({
        id: reviewEvent.nextId(),
        plan_id: null,
        commitment_id: draft.id,
        action: "STATUS",
        from_status: event.from,
        to_status: event.to,
        comment: event.comment,
        actor_id: owner,
        at: event.at,
      });
    }
  });
  return drafts.filter((draft) => draft.status !== "DONE" && draft.status !== "DROPPED");
}
