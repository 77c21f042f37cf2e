import { applyForSession } from "@/lib/records/training-applications/apply";
import { findMyApplications, findMySessions, findReportsDue } from "@/lib/records/training-applications/my-trainings";
import { findOpenSession, findOpenSessionFilterOptions, findOpenSessions } from "@/lib/records/training-applications/open-sessions";
import { findReportForm, submitTrainingReport } from "@/lib/records/training-applications/reports";
import { findAppliedAtWork, findProgrammeResults } from "@/lib/records/training-applications/results";
import { findApplicationsToReview, reviewApplication } from "@/lib/records/training-applications/review";
import { decideApplication, findSessionApplications, publishSession, selectInRecommendationOrder } from "@/lib/records/training-applications/selection";
import { CITY_READERS, EVERYONE, type FunctionRow, HR_ONLY, itself, listed, OWN_LIST, OWNER_ONLY, row, SUPERVISOR_OF_SUBJECT, TEAM_LIST } from "./matrix";
import { applicationOf, applicationWatch, attendanceOf, publishedSession, reportWatch } from "./training-application-fixtures";

/**
 * Training applications (issue 21): staff read what is open and apply for themselves; the
 * applicant's supervisor recommends; the HR division publishes and selects; the attendee reports
 * on their own attendance; the results are the city readers'.
 */

const FILTERS = { rank: "", jobCategory: "", measureId: null, page: 1 };

export const trainingApplicationRows: FunctionRow[] = [
  // --- staff ---------------------------------------------------------------------------------
  row({
    fn: "findOpenSessions",
    file: "lib/records/training-applications/open-sessions.ts",
    kind: "read",
    matrix: EVERYONE,
    act: (s) => findOpenSessions(s.actor, FILTERS),
  }),
  row({
    fn: "findOpenSessionFilterOptions",
    file: "lib/records/training-applications/open-sessions.ts",
    kind: "read",
    matrix: EVERYONE,
    act: (s) => findOpenSessionFilterOptions(s.actor),
  }),
  row({
    fn: "findOpenSession",
    file: "lib/records/training-applications/open-sessions.ts",
    kind: "read",
    matrix: EVERYONE,
    arrange: publishedSession,
    act: (s, x) => findOpenSession(s.actor, x.id),
  }),
  row({
    fn: "applyForSession",
    file: "lib/records/training-applications/apply.ts",
    kind: "write",
    // No subject parameter: the application is always the actor's own.
    matrix: EVERYONE,
    arrange: publishedSession,
    act: (s, x) => applyForSession(s.actor, { sessionId: x.id, reason: "業務に活かしたい" }),
    watch: (x) => [["training_application", "session_id", x.id]],
  }),
  row({
    fn: "findMyApplications",
    file: "lib/records/training-applications/my-trainings.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: (s) => applicationOf(s, s.subject),
    act: (s) => findMyApplications(s.actor),
    judge: (result, a) => listed(result.rows.some((application) => application.id === a.id)),
  }),
  row({
    fn: "findReportsDue",
    file: "lib/records/training-applications/my-trainings.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: (s) => attendanceOf(s, s.subject),
    act: (s) => findReportsDue(s.actor),
    judge: (result, a) => listed(result.rows.some((due) => due.enrolmentId === a.id)),
  }),
  row({
    fn: "findMySessions",
    file: "lib/records/training-applications/my-trainings.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: (s) => attendanceOf(s, s.subject, "ENROLLED"),
    act: (s) => findMySessions(s.actor),
    judge: (result, a) => listed(result.some((session) => session.enrolmentId === a.id)),
  }),
  row({
    fn: "findReportForm",
    file: "lib/records/training-applications/reports.ts",
    kind: "read",
    matrix: OWNER_ONLY,
    arrange: (s) => attendanceOf(s, s.subject),
    act: (s, a) => findReportForm(s.actor, a.id),
    judge: (result, a) => itself(result.enrolmentId === a.id),
  }),
  row({
    fn: "submitTrainingReport",
    file: "lib/records/training-applications/reports.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: (s) => attendanceOf(s, s.subject),
    act: (s, a) => submitTrainingReport(s.actor, { enrolmentId: a.id, version: 0, report: "学んだこと", satisfaction: 4, usefulness: 5, appliedAtWork: "" }),
    watch: reportWatch,
  }),
  // --- the applicant's supervisor --------------------------------------------------------------
  row({
    fn: "findApplicationsToReview",
    file: "lib/records/training-applications/review.ts",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: (s) => applicationOf(s, s.subject),
    act: (s) => findApplicationsToReview(s.actor),
    judge: (result, a) => listed(result.rows.some((application) => application.id === a.id)),
  }),
  row({
    fn: "reviewApplication",
    file: "lib/records/training-applications/review.ts",
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    arrange: (s) => applicationOf(s, s.subject),
    act: (s, a) => reviewApplication(s.actor, { applicationId: a.id, version: a.version, decision: "RECOMMEND", order: 1, comment: "" }),
    watch: applicationWatch,
  }),
  // --- the HR division -------------------------------------------------------------------------
  row({
    fn: "findSessionApplications",
    file: "lib/records/training-applications/selection.ts",
    kind: "read",
    matrix: HR_ONLY,
    arrange: publishedSession,
    act: (s, x) => findSessionApplications(s.actor, x.id),
  }),
  row({
    fn: "decideApplication",
    file: "lib/records/training-applications/selection.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: (s) => applicationOf(s, s.world.trainerId, "RECOMMENDED"),
    act: (s, a) => decideApplication(s.actor, { applicationId: a.id, version: a.version, decision: "SELECT" }),
    watch: applicationWatch,
  }),
  row({
    fn: "selectInRecommendationOrder",
    file: "lib/records/training-applications/selection.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: (s) => applicationOf(s, s.world.trainerId, "RECOMMENDED"),
    act: (s, a) => selectInRecommendationOrder(s.actor, { sessionId: a.sessionId }),
    watch: applicationWatch,
  }),
  row({
    fn: "publishSession",
    file: "lib/records/training-applications/selection.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: publishedSession,
    act: (s, x) => publishSession(s.actor, { sessionId: x.id, version: x.version, applicationsUntil: "" }),
    watch: (x) => [["training_session", "id", x.id]],
  }),
  row({
    fn: "findAppliedAtWork",
    file: "lib/records/training-applications/results.ts",
    kind: "read",
    matrix: HR_ONLY,
    arrange: publishedSession,
    act: (s, x) => findAppliedAtWork(s.actor, x.id),
  }),
  row({
    fn: "findProgrammeResults",
    file: "lib/records/training-applications/results.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => findProgrammeResults(s.actor, s.world.fy),
  }),
];
