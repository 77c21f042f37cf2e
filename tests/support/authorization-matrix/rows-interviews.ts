import { db } from "@/lib/platform/db/client";
import { acceptInterviewAction } from "@/lib/year/interviews/accept-interview-action";
import { declineInterviewAction } from "@/lib/year/interviews/decline-interview-action";
import { findInterviewee } from "@/lib/year/interviews/find-interviewee";
import { findMyInterviews } from "@/lib/year/interviews/find-my-interviews";
import { findTeamInterviews } from "@/lib/year/interviews/find-team-interviews";
import { hasRole } from "@/lib/platform/auth/roles";
import { getInterview, interviewMenuRole } from "@/lib/year/interviews/get-interview";
import { resolveInterviewAccess } from "@/lib/year/interviews/interview-access";
import { ownProposedAction } from "@/lib/year/interviews/own-proposed-action";
import { recordInterview } from "@/lib/year/interviews/record-interview";
import { updateInterview } from "@/lib/year/interviews/update-interview";
import {
  __,
  CONFIDENTIAL_SHOWN,
  type FunctionRow,
  IN,
  itself,
  listed,
  type Matrix,
  NF,
  NO,
  OWN_LIST,
  OWNER_ONLY,
  PERSONAL_READ_BESIDE,
  row,
  SUPERVISOR_OF_SUBJECT,
  TEAM_LIST,
  YES,
  yes,
} from "./matrix";
import { interviewWatch, makeInterview, personWatch } from "./records";
import type { Scene } from "./scenes";

/** Career interviews (キャリア面談) and the actions agreed in them: lib/year/interviews. */

/** An interview of the subject, held by a third person (the employee's side of it). */
const heldWithSubject = (s: Scene) => makeInterview(s, s.subject, s.world.trainerId);

/**
 * Holding a career interview — recording it, correcting it — is for a supervisor above the
 * member: whoever holds it writes the private notes, which a co-supervisor or a subordinate may
 * not read. They still see the member in their team list (findTeamInterviews).
 */
const HOLDS_INTERVIEW: Matrix = { ...SUPERVISOR_OF_SUBJECT, cosupervisor: [__, NF, __, __, __], subordinate: [NF, NF, __, __, __] };

export const interviewRows: FunctionRow[] = [
  row({
    fn: "findInterviewee",
    file: "lib/year/interviews/find-interviewee.ts",
    kind: "read",
    matrix: HOLDS_INTERVIEW,
    act: (s) => findInterviewee(s.actor, s.subject),
    judge: (person, _a, s) => itself(person.id === s.subject),
  }),
  row({
    fn: "findMyInterviews",
    file: "lib/year/interviews/find-my-interviews.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: heldWithSubject,
    act: (s) => findMyInterviews(s.actor, s.world.fy),
    judge: (mine, i) => listed(mine.interviews.some((entry) => entry.id === i.interviewId)),
  }),
  row({
    fn: "findTeamInterviews",
    file: "lib/year/interviews/find-team-interviews.ts",
    kind: "read",
    matrix: { ...TEAM_LIST, cosupervisor: [__, IN, __, __, __], subordinate: [NF, IN, __, __, __] },
    arrange: heldWithSubject,
    act: (s) => findTeamInterviews(s.actor, s.world.fy),
    judge: ({ rows }, i) => listed(rows.some((entry) => entry.interviews.some((held) => held.id === i.interviewId))),
  }),
  row({
    fn: "findTeamInterviews",
    file: "lib/year/interviews/find-team-interviews.ts",
    variant: "recording offered",
    kind: "read",
    // The list offers to record the next interview only where recordInterview would take it.
    matrix: { team: [NF, YES, NF, NF, __], cosupervisor: [__, NO, __, __, __], subordinate: [NF, NO, __, __, __] },
    act: (s) => findTeamInterviews(s.actor, s.world.fy),
    judge: ({ rows }, _a, s) => yes(rows.find((entry) => entry.employeeId === s.subject)?.canHold === true),
  }),
  row({
    fn: "getInterview",
    file: "lib/year/interviews/get-interview.ts",
    kind: "read",
    matrix: PERSONAL_READ_BESIDE,
    arrange: heldWithSubject,
    act: (s, i) => getInterview(s.actor, i.interviewId),
    judge: (found, i) => itself(found.interview.id === i.interviewId),
  }),
  row({
    fn: "interviewMenuRole",
    file: "lib/year/interviews/get-interview.ts",
    kind: "read",
    // The menu a detail page belongs to: asked of the same read as the page, so it answers (and
    // refuses) exactly as the page does, and names a menu the reader has.
    matrix: PERSONAL_READ_BESIDE,
    arrange: heldWithSubject,
    act: (s, i) => interviewMenuRole(s.actor, i.interviewId),
    judge: (menu, _i, s) => itself(hasRole(s.actor, menu)),
  }),
  row({
    fn: "getInterview",
    file: "lib/year/interviews/get-interview.ts",
    variant: "private notes shown",
    kind: "read",
    // The supervisor's private notes: the supervisors above the employee and HR; never the
    // employee, the coordinator, a co-supervisor of the 係 the employee leads, or a subordinate.
    matrix: { own: [NO, NO, NO, NO, NO], ...CONFIDENTIAL_SHOWN },
    arrange: heldWithSubject,
    act: (s, i) => getInterview(s.actor, i.interviewId),
    judge: (found) => yes(found.interview.privateNotes !== undefined),
  }),
  row({
    fn: "getInterview",
    file: "lib/year/interviews/get-interview.ts",
    variant: "editing offered to the one who held it",
    kind: "read",
    // As updateInterview: the page offers the edit only where the write would take it.
    matrix: { team: [NF, YES, NO, NO, __], former: [__, NF, __, __, __], cosupervisor: [__, NO, __, __, __], subordinate: [NF, NO, __, __, __] },
    arrange: (s) => makeInterview(s, s.subject, s.actor.employeeId),
    act: (s, i) => getInterview(s.actor, i.interviewId),
    judge: (found) => yes(found.access.canEdit),
  }),
  row({
    fn: "resolveInterviewAccess",
    file: "lib/year/interviews/interview-access.ts",
    kind: "read",
    matrix: PERSONAL_READ_BESIDE,
    act: (s) => resolveInterviewAccess(s.actor, s.subject),
  }),
  row({
    fn: "ownProposedAction",
    file: "lib/year/interviews/own-proposed-action.ts",
    kind: "read",
    matrix: OWNER_ONLY,
    arrange: heldWithSubject,
    act: (s, i) => db.$transaction((tx) => ownProposedAction(tx, s.actor, i.actionIds[0] ?? -1)),
    judge: (action, i) => itself(action.id === i.actionIds[0]),
  }),
  row({
    fn: "recordInterview",
    file: "lib/year/interviews/record-interview.ts",
    kind: "write",
    matrix: HOLDS_INTERVIEW,
    act: (s) => recordInterview(s.actor, { employeeId: s.subject, heldOn: s.world.todayIso, kind: "MID_YEAR", sharedNotes: "次の一年", actions: [] }),
    watch: (_, s) => personWatch(s.subject),
  }),
  row({
    fn: "updateInterview",
    file: "lib/year/interviews/update-interview.ts",
    kind: "write",
    // The interview names the actor as the one who held it, in every cell: holding it is not
    // enough, the member must be in their team today (the transferred supervisor included), and
    // the actor above them.
    matrix: HOLDS_INTERVIEW,
    arrange: (s) => makeInterview(s, s.subject, s.actor.employeeId),
    act: (s, i) =>
      updateInterview(s.actor, i.interviewId, { version: i.version, heldOn: s.world.todayIso, kind: "MID_YEAR", agenda: "書き直した", actions: [] }),
    watch: (i) => interviewWatch(i.interviewId),
  }),
  row({
    fn: "acceptInterviewAction",
    file: "lib/year/interviews/accept-interview-action.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: heldWithSubject,
    act: (s, i) => acceptInterviewAction(s.actor, i.actionIds[0] ?? -1),
    watch: (i, s) => [...interviewWatch(i.interviewId), ...personWatch(s.subject)],
  }),
  row({
    fn: "declineInterviewAction",
    file: "lib/year/interviews/decline-interview-action.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: heldWithSubject,
    act: (s, i) => declineInterviewAction(s.actor, i.actionIds[0] ?? -1),
    watch: (i) => interviewWatch(i.interviewId),
  }),
];
