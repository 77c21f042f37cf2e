import { db } from "@/lib/db/client";
import { acceptInterviewAction } from "@/lib/interviews/accept-interview-action";
import { declineInterviewAction } from "@/lib/interviews/decline-interview-action";
import { findInterviewee } from "@/lib/interviews/find-interviewee";
import { findMyInterviews } from "@/lib/interviews/find-my-interviews";
import { findTeamInterviews } from "@/lib/interviews/find-team-interviews";
import { getInterview } from "@/lib/interviews/get-interview";
import { resolveInterviewAccess } from "@/lib/interviews/interview-access";
import { ownProposedAction } from "@/lib/interviews/own-proposed-action";
import { recordInterview } from "@/lib/interviews/record-interview";
import { updateInterview } from "@/lib/interviews/update-interview";
import { __, type FunctionRow, itself, listed, NF, NO, OWN_LIST, OWNER_ONLY, PERSONAL_READ, row, SUPERVISOR_OF_SUBJECT, TEAM_LIST, YES, yes } from "./matrix";
import { interviewWatch, makeInterview, personWatch } from "./records";
import type { Scene } from "./scenes";

/** Career interviews (キャリア面談) and the actions agreed in them: lib/interviews. */

/** An interview of the subject, held by a third person (the employee's side of it). */
const heldWithSubject = (s: Scene) => makeInterview(s, s.subject, s.world.trainerId);

export const interviewRows: FunctionRow[] = [
  row({
    fn: "findInterviewee",
    file: "lib/interviews/find-interviewee.ts",
    kind: "read",
    matrix: SUPERVISOR_OF_SUBJECT,
    act: (s) => findInterviewee(s.actor, s.subject),
    judge: (person, _a, s) => itself(person.id === s.subject),
  }),
  row({
    fn: "findMyInterviews",
    file: "lib/interviews/find-my-interviews.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: heldWithSubject,
    act: (s) => findMyInterviews(s.actor, s.world.fy),
    judge: (mine, i) => listed(mine.interviews.some((entry) => entry.id === i.interviewId)),
  }),
  row({
    fn: "findTeamInterviews",
    file: "lib/interviews/find-team-interviews.ts",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: heldWithSubject,
    act: (s) => findTeamInterviews(s.actor, s.world.fy),
    judge: ({ rows }, i) => listed(rows.some((entry) => entry.interviews.some((held) => held.id === i.interviewId))),
  }),
  row({
    fn: "getInterview",
    file: "lib/interviews/get-interview.ts",
    kind: "read",
    matrix: PERSONAL_READ,
    arrange: heldWithSubject,
    act: (s, i) => getInterview(s.actor, i.interviewId),
    judge: (found, i) => itself(found.interview.id === i.interviewId),
  }),
  row({
    fn: "getInterview",
    file: "lib/interviews/get-interview.ts",
    variant: "private notes shown",
    kind: "read",
    // The supervisor's private notes: their supervisors and HR; never the employee, never the coordinator.
    matrix: {
      own: [NO, NO, NO, NO, NO],
      team: [NF, YES, NO, YES, __],
      bureau: [NF, NF, NO, YES, __],
      other: [NF, NF, NF, YES, NF],
      former: [__, NF, __, __, __],
    },
    arrange: heldWithSubject,
    act: (s, i) => getInterview(s.actor, i.interviewId),
    judge: (found) => yes(found.interview.privateNotes !== undefined),
  }),
  row({
    fn: "resolveInterviewAccess",
    file: "lib/interviews/interview-access.ts",
    kind: "read",
    matrix: PERSONAL_READ,
    act: (s) => resolveInterviewAccess(s.actor, s.subject),
  }),
  row({
    fn: "ownProposedAction",
    file: "lib/interviews/own-proposed-action.ts",
    kind: "read",
    matrix: OWNER_ONLY,
    arrange: heldWithSubject,
    act: (s, i) => db.$transaction((tx) => ownProposedAction(tx, s.actor, i.actionIds[0] ?? -1)),
    judge: (action, i) => itself(action.id === i.actionIds[0]),
  }),
  row({
    fn: "recordInterview",
    file: "lib/interviews/record-interview.ts",
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    act: (s) => recordInterview(s.actor, { employeeId: s.subject, heldOn: s.world.todayIso, kind: "MID_YEAR", sharedNotes: "次の一年", actions: [] }),
    watch: (_, s) => personWatch(s.subject),
  }),
  row({
    fn: "updateInterview",
    file: "lib/interviews/update-interview.ts",
    kind: "write",
    // The interview names the actor as the one who held it, in every cell: holding it is not
    // enough, the member must be in their team today (the transferred supervisor included).
    matrix: SUPERVISOR_OF_SUBJECT,
    arrange: (s) => makeInterview(s, s.subject, s.actor.employeeId),
    act: (s, i) => updateInterview(s.actor, i.interviewId, { version: i.version, heldOn: s.world.todayIso, kind: "MID_YEAR", agenda: "書き直した", actions: [] }),
    watch: (i) => interviewWatch(i.interviewId),
  }),
  row({
    fn: "acceptInterviewAction",
    file: "lib/interviews/accept-interview-action.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: heldWithSubject,
    act: (s, i) => acceptInterviewAction(s.actor, i.actionIds[0] ?? -1),
    watch: (i, s) => [...interviewWatch(i.interviewId), ...personWatch(s.subject)],
  }),
  row({
    fn: "declineInterviewAction",
    file: "lib/interviews/decline-interview-action.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: heldWithSubject,
    act: (s, i) => declineInterviewAction(s.actor, i.actionIds[0] ?? -1),
    watch: (i) => interviewWatch(i.interviewId),
  }),
];
