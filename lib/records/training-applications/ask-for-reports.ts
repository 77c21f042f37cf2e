import type { Prisma } from "@/lib/generated/prisma/client";
import { applicationLinks } from "./recipients";

/**
 * Attendance just recorded asks each attendee for their 受講報告 and evaluation, in the
 * transaction of the attendance (lib/records/programmes/attendance.ts), one statement for the session;
 * submitting the report resolves it (reports.ts).
 */
export async function askForReports(
  tx: Prisma.TransactionClient,
  actorId: number,
  attendees: readonly { enrolmentId: number; employeeId: number }[],
  title: string,
): Promise<void> {
  const recipients = attendees.filter((attendee) => attendee.employeeId !== actorId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((attendee) => ({
      recipientId: attendee.employeeId,
      kind: "TRAINING_REPORT_DUE" as const,
      actorId,
      href: applicationLinks.report(attendee.enrolmentId),
      params: { title },
    })),
  });
}
