import { type CalendarDate, fromDateColumn, tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { keptUntil } from "@/lib/records/retention/retention-periods";
import type { RetentionSettings } from "@/lib/records/retention/retention-settings";

/** A date it is kept until ("yyyy-mm-dd"), or null: kept until the HR division sets a period. */
type Until = string | null;

const until = (fiscalYear: number, years: number | null): Until => (years === null ? null : toIsoDate(keptUntil(fiscalYear, years)));

export interface OwnRetention {
  periods: RetentionSettings;
  transferWishes: { fiscalYear: number; keptUntil: Until }[];
  interviews: { heldOn: string; sharedNotesKeptUntil: Until; supervisorNotesKeptUntil: Until }[];
  attachments: { fileName: string; uploadedOn: string; keptUntil: Until }[];
  /** the oldest audit row about the person's own actions, and until when it is kept */
  auditTrail: { oldestOn: string | null; keptUntil: Until };
}

/**
 * What is kept about a person and until when, by the same rules as the retention run
 * (lib/records/retention/retention-periods.ts): the disclosure says it beside the records themselves.
 * Private notes are not disclosed, but how long they are kept is.
 */
export function describeOwnRetention(
  periods: RetentionSettings,
  records: {
    plans: readonly { fiscalYear: number; transferWishFields: string; transferWishComment: string }[];
    interviews: readonly { heldOn: Date }[];
    attachments: readonly { fileName: string; createdAt: Date }[];
    oldestAuditAt: Date | null;
  },
): OwnRetention {
  const fy = (date: CalendarDate) => fiscalYearOf(date);
  const oldest = records.oldestAuditAt ? tokyoDate(records.oldestAuditAt) : null;
  return {
    periods,
    transferWishes: records.plans
      .filter((plan) => plan.transferWishFields !== "" || plan.transferWishComment !== "")
      .map((plan) => ({ fiscalYear: plan.fiscalYear, keptUntil: until(plan.fiscalYear, periods.transferWishes) })),
    interviews: records.interviews.map((interview) => {
      const held = fromDateColumn(interview.heldOn);
      return {
        heldOn: toIsoDate(held),
        sharedNotesKeptUntil: until(fy(held), periods.interviewSharedNotes),
        supervisorNotesKeptUntil: until(fy(held), periods.interviewPrivateNotes),
      };
    }),
    attachments: records.attachments.map((attachment) => {
      const uploaded = tokyoDate(attachment.createdAt);
      return { fileName: attachment.fileName, uploadedOn: toIsoDate(uploaded), keptUntil: until(fy(uploaded), periods.attachments) };
    }),
    auditTrail: { oldestOn: oldest ? toIsoDate(oldest) : null, keptUntil: oldest ? until(fy(oldest), periods.auditTrail) : null },
  };
}
