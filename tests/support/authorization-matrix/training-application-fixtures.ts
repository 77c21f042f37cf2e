import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { batched } from "./batch";
import type { Watch } from "./records";
import type { Scene } from "./scenes";

/**
 * What the training-application rows work on, fresh for each cell: a session published to staff
 * (a programme for everyone, no capacity, open for a year), an application in it, an attendance.
 */

const insertProgramme = batched((data: Prisma.TrainingProgrammeCreateManyInput[]) => db.trainingProgramme.createManyAndReturn({ data, select: { id: true } }));
const insertSession = batched((data: Prisma.TrainingSessionCreateManyInput[]) =>
  db.trainingSession.createManyAndReturn({ data, select: { id: true, version: true } }),
);
const insertApplication = batched((data: Prisma.TrainingApplicationCreateManyInput[]) =>
  db.trainingApplication.createManyAndReturn({ data, select: { id: true, version: true, sessionId: true } }),
);
const insertEnrolment = batched((data: Prisma.TrainingEnrolmentCreateManyInput[]) => db.trainingEnrolment.createManyAndReturn({ data, select: { id: true } }));

export async function publishedSession(s: Scene) {
  const { id: programmeId } = await insertProgramme({
    title: `募集研修${s.n}`,
    kind: "INSTITUTE",
    hours: 3,
    targetRanks: "",
    targetJobCategories: "",
    measureId: s.world.measureId,
  });
  const day = new Date(Date.UTC(s.world.fy, 8, 1));
  const until = new Date(Date.UTC(s.world.today.year + 1, 0, 1));
  return insertSession({ programmeId, fiscalYear: s.world.fy, startOn: day, endOn: day, venue: "研修センター", applicationsUntil: until });
}

/** An application of `employeeId` in a session of its own, in the given state. */
export async function applicationOf(s: Scene, employeeId: number, status: ApplicationStatus = "APPLIED") {
  const session = await publishedSession(s);
  const recommended = status === "RECOMMENDED" || status === "WAITLISTED";
  const application = await insertApplication({ sessionId: session.id, employeeId, reason: "学びたい", status, recommendationOrder: recommended ? 1 : null });
  return { ...application, sessionVersion: session.version };
}

/** An attendance of `employeeId` in a session of its own, with no report yet. */
export async function attendanceOf(s: Scene, employeeId: number, status: EnrolmentStatus = "ATTENDED") {
  const session = await publishedSession(s);
  const enrolment = await insertEnrolment({ sessionId: session.id, employeeId, status });
  return { id: enrolment.id, sessionId: session.id };
}

export const applicationWatch = (application: { id: number; sessionId: number }): Watch[] => [
  ["training_application", "id", application.id],
  ["training_enrolment", "session_id", application.sessionId],
  ["training_session", "id", application.sessionId],
];
export const reportWatch = (enrolment: { id: number }): Watch[] => [
  ["training_report", "enrolment_id", enrolment.id],
  ["training_enrolment", "id", enrolment.id],
];
