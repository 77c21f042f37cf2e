import type { PlanStatus, ReviewAction } from "@/lib/generated/prisma/enums";
import { CARRIED_COMMENT } from "./commitment-texts";
import { type Day, dayOfInstant, type Instant, workday } from "./dates";
import { type City, serviceIn, sometimeOn, type Year } from "./context";
import {
  APPROVE_COMMENTS,
  IMAGE_REASONS,
  PLAN_COMMENTS,
  REFLECTIONS,
  RETURN_COMMENTS,
  SELF_COMMENTS,
  type Stage,
  TRANSFER_COMMENTS,
  TRANSFER_FIELDS,
  VISION_10_YEARS,
  VISION_3_YEARS,
  VISION_NOW,
} from "./plan-texts";
import type { Random } from "./random";
import type { PlannedPerson } from "./staff";

export interface PlanEvent {
  action: ReviewAction;
  from: PlanStatus | null;
  to: PlanStatus;
  actorId: number;
  at: Instant;
  comment: string;
}

/**
 * A development plan's year before it is written: when the owner started it, when it went to the
 * supervisor and what became of it. Its commitments follow its transitions (lib/year/plans), so they
 * are planned from this; events that would fall after yesterday are left out, and the plan's
 * status is wherever its last kept event left it.
 */
export interface PlanYear {
  id: number;
  owner: PlannedPerson;
  reviewerId: number;
  /** when the plan row was created: by its owner, or by the rollover that carried commitments in */
  createdAt: Instant;
  /** the day the owner started writing their own part */
  ownStart: Day;
  /** first submission (interviews at the start of the year fall before it), if any */
  firstSubmit: Day | null;
  approvedOn: Day | null;
  events: PlanEvent[];
  status: PlanStatus;
  /** the target images the owner grows towards; their commitments point to these */
  aspired: number[];
}

type Outcome = "draft" | "submitted" | "returned" | "approved" | "approvedAfterReturn";

function outcomeOf(city: City, year: Year, owner: PlannedPerson, reviewerId: number, random: Random): Outcome {
  const diligence = (city.bureauDiligence[owner.unit.bureau] ?? 1) * (city.supervisorDiligence.get(reviewerId) ?? 1);
  const approved = (year.current ? 0.7 : 0.93) * diligence;
  return random.weighted<Outcome>(
    year.current
      ? [
          ["approved", approved * 0.9],
          ["approvedAfterReturn", approved * 0.1],
          ["submitted", 0.13],
          ["returned", 0.06],
          ["draft", 0.11],
        ]
      : [
          ["approved", approved * 0.88],
          ["approvedAfterReturn", approved * 0.12],
          ["submitted", 0.02],
          ["returned", 0.01],
          ["draft", 0.04],
        ],
  );
}

/** The timeline of one person's plan for `year`, or null when they had not started one by yesterday. */
export function planTimeline(
  city: City,
  year: Year,
  owner: PlannedPerson,
  reviewerId: number,
  carriedIn: boolean,
  planId: () => number,
  random: Random,
): PlanYear | null {
  const from = Math.max(year.start, owner.joinedOn);
  const ownStart = workday(from + random.int(2, 20));
  if (ownStart > year.lastDay && !carriedIn) return null;

  const events: PlanEvent[] = [];
  let at = 0;
  // Strictly increasing instants, so that a timeline sorts the way it happened.
  const push = (day: Day, action: ReviewAction, from: PlanStatus | null, to: PlanStatus, actorId: number, comment = "") => {
    if (day > year.lastDay) return false;
    at = Math.max(at + 60_000, sometimeOn(random, day));
    events.push({ action, from, to, actorId, at, comment });
    return true;
  };
  if (carriedIn) {
    at = year.openedAt;
    events.push({ action: "CREATE", from: null, to: "DRAFT", actorId: city.hrActorId, at, comment: CARRIED_COMMENT });
  } else {
    push(ownStart, "CREATE", null, "DRAFT", owner.id);
  }

  const outcome = outcomeOf(city, year, owner, reviewerId, random);
  const room = Math.max(0, year.lastDay - ownStart - 7);
  // A plan still waiting at the current year's end of data was mostly submitted lately.
  const pending = year.current && (outcome === "submitted" || outcome === "returned");
  let firstSubmit: Day | null = null;
  let approvedOn: Day | null = null;
  if (outcome !== "draft") {
    const submit = workday(ownStart + 7 + (pending ? random.int(0, room) : random.int(0, 28)));
    if (push(submit, "SUBMIT", "DRAFT", "SUBMITTED", owner.id)) firstSubmit = submit;
    let last = submit;
    if (outcome === "returned" || outcome === "approvedAfterReturn") {
      last = workday(last + random.int(2, 12));
      push(last, "RETURN", "SUBMITTED", "RETURNED", reviewerId, random.pick(RETURN_COMMENTS));
      if (outcome === "approvedAfterReturn") {
        last = workday(last + random.int(2, 10));
        push(last, "SUBMIT", "RETURNED", "SUBMITTED", owner.id);
      }
    }
    if (outcome === "approved" || outcome === "approvedAfterReturn") {
      last = workday(last + random.int(1, 18));
      if (push(last, "APPROVE", "SUBMITTED", "APPROVED", reviewerId, random.pick(APPROVE_COMMENTS))) approvedOn = last;
    }
  }
  const status = events.at(-1)?.to ?? "DRAFT";
  const lastAt = events.at(-1)?.at ?? year.openedAt;
  if (status !== "DRAFT" && random.chance(0.08))
    push(workday(dayOfInstant(lastAt) + random.int(1, 30)), "COMMENT", status, status, reviewerId, random.pick(PLAN_COMMENTS));
  const aspired = random.sample(city.catalogue.targetImages, random.chance(0.6) ? 1 : 2).map((image) => image.id);
  return { id: planId(), owner, reviewerId, createdAt: events[0]?.at ?? year.openedAt, ownStart, firstSubmit, approvedOn, events, status, aspired };
}

/**
 * Dropping a commitment of an approved plan reopens it (lib/year/commitments); the owner submits it
 * again and the supervisor approves it again. Returns false when that would not fit in the year.
 */
export function reopenForDrop(plan: PlanYear, year: Year, dropAt: Instant, dropDay: Day, random: Random): boolean {
  const submit = workday(dropDay + random.int(1, 3));
  const approve = workday(submit + random.int(2, 7));
  if (approve > Math.min(year.end, year.lastDay)) return false;
  plan.events.push({ action: "REOPEN", from: "APPROVED", to: "DRAFT", actorId: plan.owner.id, at: dropAt + 1_000, comment: "" });
  plan.events.push({
    action: "SUBMIT",
    from: "DRAFT",
    to: "SUBMITTED",
    actorId: plan.owner.id,
    at: Math.max(dropAt + 60_000, sometimeOn(random, submit)),
    comment: "",
  });
  plan.events.push({
    action: "APPROVE",
    from: "SUBMITTED",
    to: "APPROVED",
    actorId: plan.reviewerId,
    at: Math.max(dropAt + 120_000, sometimeOn(random, approve)),
    comment: random.pick(APPROVE_COMMENTS),
  });
  plan.events.sort((a, b) => a.at - b.at);
  return true;
}

function stageOf(city: City, person: PlannedPerson, year: number): Stage {
  if (person.post !== "member") return "manager";
  const service = serviceIn(person, year, city.currentFiscalYear);
  return service < 8 ? "junior" : service < 20 ? "mid" : "senior";
}

/** Writes the plan row, a row per target image and the plan's timeline. */
export function writePlan(city: City, year: Year, plan: PlanYear, random: Random): void {
  const { developmentPlan, planTargetImage, reviewEvent } = city.tables;
  const stage = stageOf(city, plan.owner, year.year);
  const lastEvent = plan.events.at(-1);
  const lastOf = (actions: readonly ReviewAction[]) => plan.events.filter((event) => actions.includes(event.action)).at(-1);
  const reviewed = lastOf(["APPROVE", "RETURN"]);
  const written = plan.status !== "DRAFT" || plan.events.some((event) => event.actorId === plan.owner.id);
  const wishes = written && random.chance(0.35);
  const reflection = !year.current && plan.status === "APPROVED" ? random.chance(0.75) : !year.current && random.chance(0.2);
  const transitions = plan.events.filter((event) => event.action !== "CREATE" && event.action !== "COMMENT").length;
  const updatedAt = Math.max(lastEvent?.at ?? plan.createdAt, reflection ? sometimeOn(random, year.end - random.int(1, 20)) : 0);
  developmentPlan.add({
    id: plan.id,
    employee_id: plan.owner.id,
    fiscal_year: year.year,
    status: plan.status,
    vision_now: written ? random.pick(VISION_NOW[stage]) : "",
    vision_3_years: written ? random.pick(VISION_3_YEARS[stage]) : "",
    vision_10_years: written && random.chance(0.8) ? random.pick(VISION_10_YEARS) : "",
    transfer_wish_fields: wishes ? random.pick(TRANSFER_FIELDS) : "",
    transfer_wish_comment: wishes && random.chance(0.7) ? random.pick(TRANSFER_COMMENTS) : "",
    reflection: reflection ? random.pick(REFLECTIONS) : "",
    submitted_at: lastOf(["SUBMIT"])?.at ?? null,
    reviewed_at: reviewed?.at ?? null,
    reviewer_id: reviewed ? plan.reviewerId : null,
    version: 1 + transitions + (reflection ? 1 : 0),
    created_at: plan.createdAt,
    updated_at: updatedAt,
  });

  const aspired = new Set(plan.aspired);
  for (const image of city.catalogue.targetImages) {
    const isAspired = written && aspired.has(image.id);
    const scored = plan.status !== "DRAFT" || (written && random.chance(0.5));
    planTargetImage.add({
      plan_id: plan.id,
      target_image_id: image.id,
      aspired: isAspired,
      reason: isAspired && random.chance(0.85) ? random.pick(IMAGE_REASONS[image.number] ?? IMAGE_REASONS[1] ?? [""]) : "",
      self_score: scored
        ? random.weighted([
            [1, 3],
            [2, 15],
            [3, 45],
            [4, 30],
            [5, 7],
          ] as const)
        : null,
      self_comment: scored && random.chance(0.3) ? random.pick(SELF_COMMENTS) : "",
    });
  }
  for (const event of plan.events) {
    reviewEvent.add({
      id: reviewEvent.nextId(),
      plan_id: plan.id,
      commitment_id: null,
      action: event.action,
      from_status: event.from,
      to_status: event.to,
      comment: event.comment,
      actor_id: event.actorId,
      at: event.at,
    });
  }
}
