import { db } from "@/lib/platform/db/client";
import {
  applyForSessionAction,
  decideApplicationAction,
  publishSessionAction,
  reviewApplicationAction,
  selectInRecommendationOrderAction,
  submitTrainingReportAction,
} from "@/lib/records/training-applications/application-actions";
import { actionRow, type ActionRow, by, HR_CASES, HR_WITH_MISSING, missing, signedOut, stale, tampered } from "./action-matrix";
import type { Scene } from "./scenes";
import { applicationOf, applicationWatch, attendanceOf, publishedSession, reportWatch } from "./training-application-fixtures";

/** Training applications: /me/trainings, /team/training-applications and HR's session applications page. */

const FILE = "lib/records/training-applications/application-actions.ts";
const INITIAL = { ok: false, fieldErrors: {} };

/** Whose application or report it is, its state and HR's decision come from the session and the rules, never the form. */
const TAMPER = (s: Scene) => ({
  employeeId: String(s.world.trainerId),
  status: "SELECTED",
  recommendationOrder: "1",
  enrolmentId: "1",
  decidedById: String(s.actor.employeeId),
});

export const trainingApplicationActionRows: ActionRow[] = [
  actionRow({
    action: "applyForSessionAction",
    file: FILE,
    cases: [
      signedOut("employee", "none"),
      by("employee", "none", "ok"),
      by("supervisor", "none", "ok"),
      by("hr", "none", "ok"),
      missing("employee", "none"),
      tampered("employee", "none"),
    ],
    arrange: publishedSession,
    form: (_, x) => ({ sessionId: String(x.id), reason: "業務に活かしたい" }),
    idField: "sessionId",
    tamper: TAMPER,
    landed: async (s, x) =>
      (await db.trainingApplication.count({
        where: { sessionId: x.id, OR: [{ employeeId: { not: s.actor.employeeId } }, { status: { not: "APPLIED" } }, { recommendationOrder: { not: null } }] },
      })) > 0,
    invoke: (form) => applyForSessionAction(INITIAL, form),
    watch: (x) => [["training_application", "session_id", x.id]],
  }),
  actionRow({
    action: "reviewApplicationAction",
    file: FILE,
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("employee", "own", "notFound"),
      by("employee", "team", "notFound"),
      by("supervisor", "bureau", "notFound"),
      by("coordinator", "bureau", "notFound"),
      by("hr", "other", "notFound"),
      missing("supervisor", "team"),
      stale("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    arrange: (s) => applicationOf(s, s.subject),
    form: (_, a) => ({ applicationId: String(a.id), version: String(a.version), decision: "RECOMMEND", order: "1", comment: "" }),
    idField: "applicationId",
    versionField: "version",
    tamper: TAMPER,
    landed: async (s, a) =>
      (await db.trainingApplication.count({
        where: { id: a.id, OR: [{ status: { not: "RECOMMENDED" } }, { employeeId: { not: s.subject } }, { enrolmentId: { not: null } }] },
      })) > 0,
    invoke: (form) => reviewApplicationAction(INITIAL, form),
    watch: applicationWatch,
  }),
  actionRow({
    action: "decideApplicationAction",
    file: FILE,
    cases: [...HR_WITH_MISSING, stale("hr", "none"), tampered("hr", "none")],
    arrange: (s) => applicationOf(s, s.world.trainerId, "RECOMMENDED"),
    form: (_, a) => ({ applicationId: String(a.id), version: String(a.version), decision: "SELECT" }),
    idField: "applicationId",
    versionField: "version",
    tamper: (s) => ({ employeeId: String(s.actor.employeeId), recommendationOrder: "99", status: "WAITLISTED" }),
    landed: async (s, a) =>
      (await db.trainingApplication.count({
        where: { id: a.id, OR: [{ employeeId: { not: s.world.trainerId } }, { recommendationOrder: { not: 1 } }, { status: { not: "SELECTED" } }] },
      })) > 0,
    invoke: (form) => decideApplicationAction(INITIAL, form),
    watch: applicationWatch,
  }),
  actionRow({
    action: "selectInRecommendationOrderAction",
    file: FILE,
    cases: [...HR_CASES, missing("hr", "none")],
    arrange: (s) => applicationOf(s, s.world.trainerId, "RECOMMENDED"),
    form: (_, a) => ({ sessionId: String(a.sessionId) }),
    idField: "sessionId",
    invoke: (form) => selectInRecommendationOrderAction(INITIAL, form),
    watch: applicationWatch,
  }),
  actionRow({
    action: "publishSessionAction",
    file: FILE,
    cases: [...HR_WITH_MISSING, stale("hr", "none")],
    arrange: publishedSession,
    form: (s, x) => ({ sessionId: String(x.id), version: String(x.version), applicationsUntil: `${s.world.today.year + 1}-03-31` }),
    idField: "sessionId",
    versionField: "version",
    invoke: (form) => publishSessionAction(INITIAL, form),
    watch: (x) => [["training_session", "id", x.id]],
  }),
  actionRow({
    action: "submitTrainingReportAction",
    file: FILE,
    cases: [
      signedOut("employee", "own"),
      by("employee", "own", "ok"),
      by("employee", "team", "notFound"),
      by("supervisor", "team", "notFound"),
      by("hr", "other", "notFound"),
      missing("employee", "own"),
      stale("employee", "own"),
      tampered("employee", "own"),
    ],
    arrange: (s) => attendanceOf(s, s.subject),
    form: (_, a) => ({ enrolmentId: String(a.id), version: "0", report: "学んだこと", satisfaction: "4", usefulness: "5", appliedAtWork: "" }),
    idField: "enrolmentId",
    versionField: "version",
    tamper: (s) => ({ employeeId: String(s.world.trainerId), submittedAt: "2000-01-01T00:00:00Z" }),
    landed: async (s, a) =>
      (await db.trainingReport.count({
        where: { enrolmentId: a.id, OR: [{ employeeId: { not: s.subject } }, { submittedAt: { lt: new Date("2001-01-01") } }] },
      })) > 0,
    invoke: (form) => submitTrainingReportAction(INITIAL, form),
    watch: reportWatch,
  }),
];
