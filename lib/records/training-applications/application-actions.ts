"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { assertProgrammeAdmin } from "@/lib/records/programmes/access";
import { applyForSession } from "./apply";
import { submitTrainingReport } from "./reports";
import { reviewApplication } from "./review";
import { applySchema, decideSchema, fillSchema, publishSchema, reportSchema, reviewSchema } from "./schemas";
import { decideApplication, publishSession, selectInRecommendationOrder } from "./selection";

/**
 * Training applications: the employee applies and reports, the supervisor recommends, the HR
 * division publishes and selects. lib/ decides who may (the applicant's supervisors, HR).
 */

// Every programme page shows enrolments and counts a selection changes.
const HR_PAGES = [{ layout: "/city/programmes" }] as const;

export const applyForSessionAction = actorAction({
  wording: { sections: ["trainingApplications"] },
  schema: applySchema,
  handle: applyForSession,
  revalidate: ["/me/trainings", "/me/trainings/open"],
  redirect: (result) => `/me/trainings#application-${result.applicationId}`,
});

export const reviewApplicationAction = actorAction({
  wording: { sections: ["trainingApplications"] },
  schema: reviewSchema,
  handle: reviewApplication,
  revalidate: ["/team/training-applications"],
  done: "reviewed",
});

export const decideApplicationAction = actorAction({
  wording: { sections: ["trainingApplications"] },
  allow: assertProgrammeAdmin,
  schema: decideSchema,
  handle: decideApplication,
  revalidate: HR_PAGES,
});

export const selectInRecommendationOrderAction = actorAction({
  wording: { sections: ["trainingApplications"] },
  allow: assertProgrammeAdmin,
  schema: fillSchema,
  handle: selectInRecommendationOrder,
  revalidate: HR_PAGES,
  answer: (result: { selected: number; waitlisted: number }) => ({ selected: result.selected, waitlisted: result.waitlisted }),
});

export const publishSessionAction = actorAction({
  wording: { sections: ["trainingApplications"] },
  allow: assertProgrammeAdmin,
  schema: publishSchema,
  handle: publishSession,
  revalidate: HR_PAGES,
});

export const submitTrainingReportAction = actorAction({
  wording: { sections: ["trainingApplications"] },
  schema: reportSchema,
  handle: submitTrainingReport,
  revalidate: (data) => ["/me/trainings", `/me/trainings/reports/${data.enrolmentId}`],
  redirect: (result) => `/me/trainings/reports/${result.enrolmentId}?saved=1`,
});
