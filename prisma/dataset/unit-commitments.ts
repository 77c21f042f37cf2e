import type { CommitmentLevel, CommitmentMetric, CommitmentStatus, ReviewAction } from "@/lib/generated/prisma/enums";
import {
  BUREAU,
  CARRIED_COMMENT,
  CITY,
  DROP_REASONS,
  type MeasureKey,
  TEAM,
  UNIT_RETURN_COMMENTS,
  UNIT_REVIEW_COMMENTS,
  type UnitTemplate,
} from "./commitment-texts";
import { type CarrySource, progressFor } from "./commitments";
import { type City, sometimeOn, type Year } from "./context";
import { type Day, dayOf, type Instant, workday } from "./dates";
import { notify } from "./notifications";
import { Random } from "./random";
import type { PlannedPerson } from "./staff";

type UnitLevel = Exclude<CommitmentLevel, "INDIVIDUAL">;

/** An unfinished team, bureau or city commitment, as the next rollover carries it. */
export interface UnitCarrySource extends CarrySource {
  level: UnitLevel;
  ownerUnitId: number | null;
  metric: CommitmentMetric;
}

interface Owner {
  level: UnitLevel;
  unitId: number | null;
  unitName: string;
  ownerId: number;
  reviewerId: number;
}

type Fate = "draft" | "submitted" | "returned" | "approved" | "inProgress" | "done" | "drop";

// Most of a past year's commitments were seen through; the rest are what rollovers carry.
const PAST: readonly (readonly [Fate, number])[] = [
  ["done", 0.7],
  ["inProgress", 0.1],
  ["approved", 0.05],
  ["drop", 0.05],
  ["submitted", 0.04],
  ["draft", 0.04],
  ["returned", 0.02],
];
const CURRENT: readonly (readonly [Fate, number])[] = [
  ["draft", 0.08],
  ["submitted", 0.12],
  ["returned", 0.04],
  ["approved", 0.16],
  ["inProgress", 0.48],
  ["done", 0.1],
  ["drop", 0.02],
];

/** Who owns and who reviews commitments at each level (lib/year/commitments/commitment-access.ts). */
function owners(city: City, random: Random): { owner: Owner; count: number }[] {
  const { staff, units } = city;
  const result: { owner: Owner; count: number }[] = [];
  const leaders = new Map(staff.assignments.filter((a) => a.role === "SUPERVISOR" && a.unitId !== null).map((a) => [a.unitId as number, a.employeeId]));
  for (const unit of units) {
    const ownerId = leaders.get(unit.id);
    const reviewerId = staff.coordinators[unit.bureau]?.[0];
    if (ownerId === undefined || reviewerId === undefined) continue;
    if (unit.kind === "UNIT" || unit.kind === "SECTION") {
      // Every led 係 and 課 can own one (a carried one needs its owner), about half write new ones.
      const count =
        unit.kind === "UNIT"
          ? random.weighted([
              [0, 40],
              [1, 50],
              [2, 10],
            ] as const)
          : random.weighted([
              [0, 70],
              [1, 30],
            ] as const);
      result.push({ owner: { level: "TEAM", unitId: unit.id, unitName: unit.name, ownerId, reviewerId }, count });
    }
    if (unit.kind === "BUREAU") {
      const coordinators = staff.coordinators[unit.bureau] ?? [];
      const owner = {
        level: "BUREAU" as const,
        unitId: unit.id,
        unitName: unit.name,
        ownerId: random.pick(coordinators),
        // A city without its own HR division (the living demo's) has them reviewed by the HR stand-in.
        reviewerId: staff.hrDivisionIds.length > 0 ? random.pick(staff.hrDivisionIds) : city.hrActorId,
      };
      result.push({ owner, count: random.int(2, 3) });
    }
  }
  result.push({ owner: { level: "CITY", unitId: null, unitName: "", ownerId: city.hrActorId, reviewerId: staff.headquartersId }, count: random.int(3, 4) });
  return result;
}

const POOLS: Readonly<Record<UnitLevel, readonly (readonly [MeasureKey, UnitTemplate])[]>> = { TEAM, BUREAU, CITY };

/**
 * Team (係・課), bureau and city commitments of a year. Each stands on its own: its owner drafts
 * and submits it, the reviewer of its level approves or returns it, and progress moves it on to
 * done (lib/year/commitments/commitment-rules.ts); unfinished ones of last year come first where the
 * rollover carried them.
 */
export function writeUnitCommitments(city: City, year: Year, carried: readonly UnitCarrySource[]): UnitCarrySource[] {
  const random = new Random(city.seed, `unit-commitments:${year.year}`);
  const { commitment, commitmentProgress, reviewEvent } = city.tables;
  const people = city.staff.people;
  const name = (id: number) => (people[id - 1] as PlannedPerson | undefined)?.name ?? "";
  const positions = new Map<string, number>();
  const unfinished: UnitCarrySource[] = [];
  const last = Math.min(year.end, year.lastDay);
  const planned = owners(city, random);
  const byUnit = new Map(planned.map(({ owner }) => [owner.unitId, owner]));

  const write = (owner: Owner, source: CarrySource & { metric: CommitmentMetric }, carriedFromId: number | null) => {
    const id = commitment.nextId();
    const key = `${owner.level}/${owner.unitId ?? "city"}`;
    const position = positions.get(key) ?? 0;
    positions.set(key, position + 1);
    const events: { action: ReviewAction; from: CommitmentStatus | null; to: CommitmentStatus; actor: number; at: Instant; comment: string }[] = [];
    let status: CommitmentStatus = "DRAFT";
    let at: Instant = 0;
    // Read through a function: TypeScript cannot see that step() moves the status on.
    const statusNow = () => status;
    const step = (day: Day, action: ReviewAction, to: CommitmentStatus, actor: number, comment = "") => {
      if (day > year.lastDay) return false;
      at = Math.max(at + 60_000, sometimeOn(random, day));
      events.push({ action, from: action === "CREATE" ? null : status, to, actor, at, comment });
      status = to;
      return true;
    };
    let day = workday(year.start + random.int(5, 50));
    if (carriedFromId !== null) {
      at = year.openedAt;
      events.push({ action: "CREATE", from: null, to: "DRAFT", actor: city.hrActorId, at, comment: CARRIED_COMMENT });
    } else if (!step(day, "CREATE", "DRAFT", owner.ownerId)) {
      positions.set(key, position);
      return;
    }
    const fate = random.weighted(year.current ? CURRENT : PAST);
    let approvedOn: Day | null = null;
    if (fate !== "draft" && step((day = workday(day + random.int(3, 14))), "SUBMIT", "SUBMITTED", owner.ownerId)) {
      if (fate === "returned" || random.chance(0.1)) {
        const returned = step((day = workday(day + random.int(3, 10))), "RETURN", "RETURNED", owner.reviewerId, random.pick(UNIT_RETURN_COMMENTS));
        if (returned && fate !== "returned") step((day = workday(day + random.int(2, 7))), "SUBMIT", "SUBMITTED", owner.ownerId);
      }
      if (
        fate !== "submitted" &&
        fate !== "returned" &&
        statusNow() === "SUBMITTED" &&
        step((day = workday(day + random.int(2, 14))), "APPROVE", "APPROVED", owner.reviewerId, random.pick(UNIT_REVIEW_COMMENTS))
      )
        approvedOn = day;
    }
    const progressFate = fate === "done" ? "done" : fate === "inProgress" ? "inProgress" : fate === "drop" ? "drop" : "approved";
    const progress = approvedOn === null ? { entries: [], status, events: [] } : progressFor(random, progressFate, approvedOn + 5, last, source.targetValue);
    if (approvedOn !== null) status = progress.status;
    let dropAt: Instant | null = null;
    if (approvedOn !== null && fate === "drop") {
      const dropDay = workday(Math.max(approvedOn, progress.entries.at(-1)?.day ?? 0) + random.int(3, 20));
      if (dropDay <= last) {
        dropAt = sometimeOn(random, dropDay);
        progress.events.push({ from: status, to: "DROPPED", at: dropAt, comment: random.pick(DROP_REASONS) });
        status = "DROPPED";
      }
    }
    const lastEntry = progress.entries.at(-1);
    const transitions = events.filter((event) => event.action !== "CREATE").length;
    commitment.add({
      id,
      level: owner.level,
      fiscal_year: year.year,
      plan_id: null,
      owner_employee_id: null,
      owner_unit_id: owner.unitId,
      measure_id: source.measureId,
      focus_theme_id: source.focusThemeId,
      target_image_id: source.targetImageId,
      title: source.title,
      description: source.description,
      target_text: source.targetText,
      target_value: source.targetValue,
      target_unit: source.targetUnit,
      actual_value: lastEntry?.actual ?? null,
      progress_percent: lastEntry?.percent ?? 0,
      metric: source.metric,
      due_on: carriedFromId === null && random.chance(0.6) ? random.pick([dayOf(year.year, 9, 30), dayOf(year.year + 1, 3, 31)]) : null,
      status,
      position,
      version: 1 + transitions + progress.entries.length + (dropAt === null ? 0 : 1),
      created_by_id: carriedFromId === null ? owner.ownerId : city.hrActorId,
      created_at: events[0]?.at ?? year.openedAt,
      updated_at: Math.max(at, lastEntry?.at ?? 0, dropAt ?? 0),
      carried_from_id: carriedFromId,
    });
    for (const event of events) {
      reviewEvent.add({
        id: reviewEvent.nextId(),
        plan_id: null,
        commitment_id: id,
        action: event.action,
        from_status: event.from,
        to_status: event.to,
        comment: event.comment,
        actor_id: event.actor,
        at: event.at,
      });
      const toOwner = event.action === "APPROVE" || event.action === "RETURN";
      if (event.action === "SUBMIT" || toOwner) {
        notify(city, year, random, {
          recipientId: toOwner ? owner.ownerId : owner.reviewerId,
          kind: event.action === "SUBMIT" ? "COMMITMENT_SUBMITTED" : event.action === "APPROVE" ? "COMMITMENT_APPROVED" : "COMMITMENT_RETURNED",
          actorId: event.actor,
          href: `/commitments/${id}`,
          params: { name: name(event.actor), unit: owner.unitName, title: source.title },
          at: event.at,
          readChance: 0.8,
        });
      }
    }
    for (const entry of progress.entries) {
      commitmentProgress.add({
        id: commitmentProgress.nextId(),
        commitment_id: id,
        recorded_on: entry.day,
        note: entry.note,
        percent: entry.percent,
        actual_value: entry.actual,
        recorded_by_id: owner.ownerId,
        created_at: entry.at,
      });
    }
    for (const event of progress.events) {
      reviewEvent.add({
        id: reviewEvent.nextId(),
        plan_id: null,
        commitment_id: id,
        action: "STATUS",
        from_status: event.from,
        to_status: event.to,
        comment: event.comment,
        actor_id: owner.ownerId,
        at: event.at,
      });
    }
    if (status !== "DONE" && status !== "DROPPED") unfinished.push({ ...source, id, level: owner.level, ownerUnitId: owner.unitId });
  };

  for (const source of carried) {
    const owner = byUnit.get(source.ownerUnitId);
    if (owner && owner.level === source.level) write(owner, source, source.id);
  }
  for (const { owner, count } of planned) {
    for (const [key, template] of random.sample(POOLS[owner.level], count)) {
      const numeric = typeof template.target !== "string";
      write(
        owner,
        {
          id: 0,
          measureId: city.catalogue.measure(key),
          focusThemeId: null,
          targetImageId: null,
          title: template.title,
          description: template.description ?? "",
          targetText: typeof template.target === "string" ? template.target : "",
          targetValue: numeric ? (template.target[0] as number) : null,
          targetUnit: numeric ? (template.target[1] as string) : "",
          metric: template.metric,
        },
        null,
      );
    }
  }
  return unfinished;
}
