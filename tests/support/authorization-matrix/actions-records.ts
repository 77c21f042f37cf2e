import {
  createQualificationAction,
  createTrainingAction,
  deleteQualificationAction,
  deleteTrainingAction,
  updateQualificationAction,
  updateTrainingAction,
} from "@/lib/records/record-actions";
import { markAllReadAction, openNotificationAction } from "@/lib/messaging/notifications/notification-actions";
import { db } from "@/lib/platform/db/client";
import { type ActionCase, actionRow, type ActionRow, by, missing, signedOut, stale, tampered } from "./action-matrix";
import { makeNotification, makeQualification, makeTraining, personWatch, type Watch } from "./records";
import type { Scene } from "./scenes";

/** The records page (app/(portal)/me/records) and notifications (app/(portal)/notifications). */

const FILE = "lib/records/record-actions.ts";
const INITIAL = { ok: false, fieldErrors: {} };

const training = (s: Scene) => ({
  fiscalYear: String(s.world.fy),
  programmeName: "新任研修",
  kind: "INSTITUTE",
  startOn: `${s.world.fy}-06-01`,
  endOn: `${s.world.fy}-06-01`,
  hours: "3",
});
const qualification = (s: Scene) => ({ name: "社会福祉士", obtainedOn: `${s.world.fy}-06-01` });

/** Records are their owner's alone: a colleague's id, a team member's id, HR's reach — all not found. */
const OWNER_CASES: ActionCase[] = [
  signedOut("employee", "own"),
  by("employee", "own", "ok"),
  by("employee", "team", "notFound"),
  by("supervisor", "team", "notFound"),
  by("hr", "other", "notFound"),
  missing("employee", "own"),
];

/** Whose record it is, and who made it, come from the session: the form's say is ignored. */
const OWNERSHIP_TAMPER = (s: Scene) => ({ employeeId: String(s.world.trainerId), createdById: String(s.world.trainerId) });
const ownedElsewhere = (table: "trainingRecord" | "qualificationRecord") => async (s: Scene) => {
  const where = {
    OR: [
      { employeeId: s.world.trainerId, createdById: s.actor.employeeId },
      { employeeId: s.actor.employeeId, createdById: { not: s.actor.employeeId } },
    ],
  };
  const count = table === "trainingRecord" ? await db.trainingRecord.count({ where }) : await db.qualificationRecord.count({ where });
  return count > 0;
};
const one =
  (table: string) =>
  (record: { id: number }): Watch[] => [[table, "id", record.id]];

export const recordActionRows: ActionRow[] = [
  actionRow({
    action: "createTrainingAction",
    file: FILE,
    cases: [signedOut("employee", "own"), by("employee", "own", "ok"), tampered("employee", "own")],
    form: training,
    tamper: OWNERSHIP_TAMPER,
    landed: ownedElsewhere("trainingRecord"),
    invoke: (form) => createTrainingAction(INITIAL, form),
    watch: (_, s) => personWatch(s.actor.employeeId),
  }),
  actionRow({
    action: "updateTrainingAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("employee", "own"), { ...stale("employee", "team"), expected: "notFound" }, tampered("employee", "own")],
    arrange: (s) => makeTraining(s, s.subject),
    form: (s, r) => ({ id: String(r.id), version: String(r.version), ...training(s) }),
    idField: "id",
    versionField: "version",
    tamper: OWNERSHIP_TAMPER,
    landed: async (s, r) => (await db.trainingRecord.count({ where: { id: r.id, employeeId: { not: s.subject } } })) > 0,
    invoke: (form) => updateTrainingAction(INITIAL, form),
    watch: one("training_record"),
  }),
  actionRow({
    action: "deleteTrainingAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("employee", "own")],
    arrange: (s) => makeTraining(s, s.subject),
    form: (s, r) => ({ id: String(r.id), version: String(r.version), fy: String(s.world.fy) }),
    idField: "id",
    versionField: "version",
    invoke: (form) => deleteTrainingAction(INITIAL, form),
    watch: one("training_record"),
  }),
  actionRow({
    action: "createQualificationAction",
    file: FILE,
    cases: [signedOut("employee", "own"), by("employee", "own", "ok"), tampered("employee", "own")],
    form: qualification,
    tamper: OWNERSHIP_TAMPER,
    landed: ownedElsewhere("qualificationRecord"),
    invoke: (form) => createQualificationAction(INITIAL, form),
    watch: (_, s) => personWatch(s.actor.employeeId),
  }),
  actionRow({
    action: "updateQualificationAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("employee", "own"), tampered("employee", "own")],
    arrange: (s) => makeQualification(s, s.subject),
    form: (s, r) => ({ id: String(r.id), version: String(r.version), ...qualification(s), name: "精神保健福祉士" }),
    idField: "id",
    versionField: "version",
    tamper: OWNERSHIP_TAMPER,
    landed: async (s, r) => (await db.qualificationRecord.count({ where: { id: r.id, employeeId: { not: s.subject } } })) > 0,
    invoke: (form) => updateQualificationAction(INITIAL, form),
    watch: one("qualification_record"),
  }),
  actionRow({
    action: "deleteQualificationAction",
    file: FILE,
    cases: [...OWNER_CASES, stale("employee", "own")],
    arrange: (s) => makeQualification(s, s.subject),
    form: (_, r) => ({ id: String(r.id), version: String(r.version) }),
    idField: "id",
    versionField: "version",
    invoke: (form) => deleteQualificationAction(INITIAL, form),
    watch: one("qualification_record"),
  }),
  actionRow({
    action: "openNotificationAction",
    file: "lib/messaging/notifications/notification-actions.ts",
    // Someone else's notification: the lib's NOT_FOUND escapes the action (the page's 404), unread stays unread.
    cases: [
      signedOut("employee", "own"),
      by("employee", "own", "ok"),
      by("employee", "team", "notFound"),
      by("supervisor", "team", "notFound"),
      by("hr", "other", "notFound"),
      missing("employee", "own"),
    ],
    arrange: (s) => makeNotification(s.subject),
    form: (_, n) => ({ notificationId: String(n.id) }),
    idField: "notificationId",
    invoke: (form) => openNotificationAction(form),
    watch: one("notification"),
  }),
  actionRow({
    action: "markAllReadAction",
    file: "lib/messaging/notifications/notification-actions.ts",
    // No form at all: the "tampered" case is a colleague's unread notification, which must stay unread.
    cases: [signedOut("employee", "own"), by("employee", "own", "ok"), tampered("employee", "team")],
    arrange: (s) => makeNotification(s.subject),
    form: () => ({}),
    landed: async (s, n) => s.subject !== s.actor.employeeId && (await db.notification.count({ where: { id: n.id, readAt: { not: null } } })) > 0,
    invoke: () => markAllReadAction(),
    watch: one("notification"),
  }),
];
