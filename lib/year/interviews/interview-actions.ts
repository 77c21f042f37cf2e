"use server";

import { z } from "zod";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { actorAction } from "@/lib/platform/actions/actor-action";
import { acceptInterviewAction } from "@/lib/year/interviews/accept-interview-action";
import { declineInterviewAction } from "@/lib/year/interviews/decline-interview-action";
import { findTeamInterviews } from "@/lib/year/interviews/find-team-interviews";
import { nextInInterviewQueue } from "@/lib/year/interviews/next-in-interview-queue";
import { recordInterview } from "@/lib/year/interviews/record-interview";
import { actionsFromForm, fieldOfSlot, interviewInputSchema, interviewUpdateSchema } from "@/lib/year/interviews/schemas";
import { updateInterview } from "@/lib/year/interviews/update-interview";
import { toldValues } from "@/lib/messaging/notifications/notify";
import { id } from "@/lib/platform/validation/fields";
import { textValues } from "@/lib/platform/validation/form-state";

// lib/year/interviews authorizes, checks what needs the database, writes, audits and notifies.

const interviewPages = (interviewId?: number) => [
  "/team/interviews",
  "/team",
  "/me/interviews",
  "/me/records",
  "/me",
  ...(interviewId === undefined ? [] : [`/interviews/${interviewId}`]),
];

// The proposed actions are read from their fixed slots, empty ones left out; an error of the
// compacted list is shown beside the slot it came from.
const interviewForm = {
  input: (formData: FormData) => ({ ...textValues(formData), actions: actionsFromForm(formData).actions }),
  fieldName: (field: string, formData: FormData) => fieldOfSlot(field, actionsFromForm(formData).slots),
};

// Each form confirms where it was filled in, naming the member told (notify's answer).
export const recordInterviewAction = actorAction({
  wording: { sections: ["interviews"] },
  ...interviewForm,
  schema: interviewInputSchema,
  handle: async (actor, input) => {
    const recorded = await recordInterview(actor, input);
    return { ...recorded, next: nextInInterviewQueue(await findTeamInterviews(actor, fiscalYearOf(tokyoDate())), input.employeeId) };
  },
  revalidate: () => interviewPages(),
  done: ({ notified, next }) => ({ key: "interviewRecorded", values: toldValues(notified), ...(next ? { next } : {}) }),
  // The form leads to the interview it recorded.
  answer: ({ interviewId }) => ({ interviewId }),
});

export const updateInterviewAction = actorAction({
  wording: { sections: ["interviews"] },
  ...interviewForm,
  target: z.object({ interviewId: id }),
  schema: interviewUpdateSchema,
  handle: (actor, { interviewId, ...input }) => updateInterview(actor, interviewId, input),
  revalidate: ({ interviewId }) => interviewPages(interviewId),
  done: (notified) => ({ key: "interviewUpdated", values: toldValues(notified) }),
});

const decisionSchema = z.object({ actionId: id, interviewId: id, decision: z.enum(["accept", "decline"]) });

/** The employee accepts (into their plan) or declines an action agreed in their interview. */
export const decideInterviewActionAction = actorAction({
  wording: { sections: ["interviews"] },
  target: decisionSchema,
  handle: async (actor, { actionId, decision }) =>
    decision === "accept" ? (await acceptInterviewAction(actor, actionId)).fiscalYear : declineInterviewAction(actor, actionId),
  revalidate: ({ interviewId }, fiscalYear) => [...interviewPages(interviewId), ...(typeof fiscalYear === "number" ? [`/me/plans/${fiscalYear}`] : [])],
  // An accepted action is now a commitment of the plan: the plan is where to look at it next.
  done: (fiscalYear, _, locale) =>
    typeof fiscalYear === "number"
      ? {
          key: "interviewActionAccepted",
          next: { href: `/me/plans/${fiscalYear}`, key: "openPlanOfYear", values: { fiscalYear: formatFiscalYear(fiscalYear, locale) } },
        }
      : { key: "interviewActionDeclined" },
});
