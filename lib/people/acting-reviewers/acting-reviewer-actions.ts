"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { actingReviewerSchema } from "@/lib/year/cycle/cycle-schemas";
import { assertNamesActingReviewers } from "./acting-reviewer-access";
import { endActingReviewer, endActingReviewerSchema, nameActingReviewer } from "./name-acting-reviewer";

/** A supervisor (for their own team) or the HR division (for any supervisor) names an acting reviewer (代決) for dates. */
export const nameActingReviewerAction = actorAction({
  wording: { sections: ["cycle"] },
  allow: assertNamesActingReviewers,
  schema: actingReviewerSchema,
  handle: (actor, data) => nameActingReviewer(actor, data),
  revalidate: ["/team/acting", "/city/acting", "/team"],
  done: "actingNamed",
});

/** Ends a 代決 early: the supervisor it was named for, or the HR division. */
export const endActingReviewerAction = actorAction({
  wording: { sections: ["cycle"] },
  target: endActingReviewerSchema,
  handle: (actor, data) => endActingReviewer(actor, data),
  revalidate: ["/team/acting", "/city/acting", "/team"],
});
