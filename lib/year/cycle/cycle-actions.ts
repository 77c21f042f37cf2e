"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { assertCycleAdmin, saveCycleCalendar, setBureauDeadline } from "./cycle-calendar";
import { bureauDeadlineSchema, calendarTarget, cycleCalendarSchema, cycleReminderSchema } from "./cycle-schemas";
import { assertReminderSender, sendCycleReminders } from "./send-cycle-reminders";

/** The HR division sets the city's three windows of a year (validated, audited, version-guarded). */
export const saveCycleCalendarAction = actorAction({
  wording: { sections: ["cycle"] },
  allow: assertCycleAdmin,
  target: calendarTarget.pick({ version: true }),
  schema: cycleCalendarSchema,
  handle: saveCycleCalendar,
  revalidate: ["/city/cycle", "/me", "/team"],
});

/** A bureau's own end date for one step, or back to the city's (empty). */
export const setBureauDeadlineAction = actorAction({
  wording: { sections: ["cycle"] },
  allow: assertCycleAdmin,
  target: calendarTarget.pick({ version: true }),
  schema: bureauDeadlineSchema,
  handle: setBureauDeadline,
  revalidate: ["/city/cycle", "/me"],
});

/** 督促: everyone in the sender's scope who has not done the step, once a day at most each; the count comes back to the page. */
export const sendCycleRemindersAction = actorAction({
  wording: { sections: ["cycle"] },
  allow: assertReminderSender,
  schema: cycleReminderSchema,
  handle: (actor, data) => sendCycleReminders(actor, data),
  revalidate: ["/city/cycle", "/bureau/cycle"],
  answer: (result) => ({ sent: result.sent }),
  done: (result) => ({ key: "remindersSent", values: { count: result.sent } }),
});
