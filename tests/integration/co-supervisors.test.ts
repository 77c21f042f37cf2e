import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { findTeamInterviews } from "@/lib/year/interviews/find-team-interviews";
import { getInterview } from "@/lib/year/interviews/get-interview";
import { recordInterview } from "@/lib/year/interviews/record-interview";
import type { InterviewInput } from "@/lib/year/interviews/schemas";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { grantRole, revokeRole } from "@/lib/people/roles/role-assignments";
import { actorById, createTeam, draftPlan, expectAppError, FY, measureId, seededActor, type Team, todayIso } from "@/tests/support/plan-fixtures";

/**
 * Issue 17, item 4, as it was found: HR grants a member of a 係 SUPERVISOR over the 係 its 係長
 * leads. The two are then beside each other: each has the other in their team, and reads the
 * other's interviews and plan like the rest of the team's records — but what is confidential
 * about a person (the interviews' private notes, the transfer wishes) belongs to those above
 * them: the 局長 over the bureau, and the HR division. Neither holds the other's interviews.
 * The 係 is a test one directly under 健康福祉局, whose 局長 leads it with its sub-units.
 */

const PRIVATE = `非公開-${randomUUID()}`;
let team: Team;
let unitCode: string;
let measure: number;
let chief: Actor;
let deputy: Actor;
let member: Actor;
let bureauChief: Actor;
let hr: Actor;
let grantId: number;
const interviewOf = {} as Record<"chief" | "deputy", number>;
let chiefPlanId: number;

const input = (employeeId: number, overrides: Partial<InterviewInput> = {}): InterviewInput => ({
  employeeId,
  heldOn: todayIso(),
  kind: "START_OF_YEAR",
  agenda: "来年度の配置",
  sharedNotes: "係の運営を話し合った。",
  privateNotes: PRIVATE,
  actions: [],
  ...overrides,
});

beforeAll(async () => {
  team = await createTeam("co-supervisors", 2);
  unitCode = (await db.orgUnit.findUniqueOrThrow({ where: { id: team.unitId }, select: { code: true } })).code;
  measure = await measureId(1, 1);
  chief = team.supervisor;
  member = team.members[1]!;
  bureauChief = await seededActor({ rank: "局長", unit: { name: "健康福祉局", kind: "BUREAU" } });
  hr = await seededActor({ staffNumber: "demo-hr" });
  // As HR would from the roles page: the member becomes a second supervisor of the 係.
  grantId = await grantRole(hr, { staffNumber: team.members[0]!.staffNumber, role: "SUPERVISOR", unitCode });
  deputy = await actorById(team.members[0]!.employeeId);
  interviewOf.chief = (await recordInterview(bureauChief, input(chief.employeeId))).interviewId;
  interviewOf.deputy = (await recordInterview(bureauChief, input(deputy.employeeId))).interviewId;
  chiefPlanId = (await draftPlan(chief, measure)).planId;
});

afterAll(async () => {
  if (!team) return;
  const everyone = [team.supervisor, ...team.members].map((person) => person.employeeId);
  await db.careerInterview.deleteMany({ where: { OR: [{ employeeId: { in: everyone } }, { supervisorId: { in: everyone } }] } });
  await team.remove();
});

async function readInterview(actor: Actor, interviewId: number) {
  const { interview, access } = await getInterview(actor, interviewId);
  // Hidden means absent from what the page is given, not merely left off the page.
  return { reader: access.reader, notes: "privateNotes" in interview, leaked: JSON.stringify(interview).includes(PRIVATE), edits: access.canEdit };
}

describe("two supervisors of one 係", () => {
  it("the co-supervisor opens the 係長's interview without its private notes, and the plan without the transfer wishes", async () => {
    expect(await readInterview(deputy, interviewOf.chief)).toEqual({ reader: "SUPERVISOR", notes: false, leaked: false, edits: false });
    const { access, plan } = await getPlanDetail(deputy, chiefPlanId);
    expect([access.reader, access.canSeeTransferWishes, plan.transferWishFields, plan.transferWishComment]).toEqual(["SUPERVISOR", false, null, null]);
  });

  it("and the 係長 the co-supervisor's the same way: beside is beside, whoever was there first", async () => {
    expect(await readInterview(chief, interviewOf.deputy)).toEqual({ reader: "SUPERVISOR", notes: false, leaked: false, edits: false });
  });

  it("neither records the other's interview, and the team list does not offer it; both record the plain member's", async () => {
    await expectAppError(recordInterview(deputy, input(chief.employeeId)), "NOT_FOUND");
    await expectAppError(recordInterview(chief, input(deputy.employeeId)), "NOT_FOUND");
    const offered = async (actor: Actor) => Object.fromEntries((await findTeamInterviews(actor, FY)).rows.map((row) => [row.employeeId, row.canHold]));
    expect(await offered(deputy)).toEqual({ [chief.employeeId]: false, [member.employeeId]: true });
    expect(await offered(chief)).toEqual({ [deputy.employeeId]: false, [member.employeeId]: true });
    const held = (await recordInterview(deputy, input(member.employeeId))).interviewId;
    expect(await readInterview(deputy, held)).toEqual({ reader: "SUPERVISOR", notes: true, leaked: true, edits: true });
  });

  it("those above them — the 局長 and the HR division — read the private notes and the wishes", async () => {
    for (const reader of [bureauChief, hr]) {
      expect((await readInterview(reader, interviewOf.chief)).notes).toBe(true);
      expect((await readInterview(reader, interviewOf.deputy)).notes).toBe(true);
      expect((await getPlanDetail(reader, chiefPlanId)).plan.transferWishFields).toBe("福祉分野");
    }
  });

  it("once HR withdraws the grant, the member is the 係長's again, private notes included", async () => {
    await revokeRole(hr, grantId);
    const again = await actorById(chief.employeeId);
    expect(await readInterview(again, interviewOf.deputy)).toMatchObject({ reader: "SUPERVISOR", notes: true });
    await expectAppError(getInterview(await actorById(deputy.employeeId), interviewOf.chief), "NOT_FOUND");
  });
});
