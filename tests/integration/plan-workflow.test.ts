import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Actor } from "@/lib/platform/auth/roles";
import {
  addIndividualCommitment,
  dropIndividualCommitment,
  moveIndividualCommitment,
  updateIndividualCommitment,
} from "@/lib/year/commitments/individual-commitments";
import { recordIndividualProgress } from "@/lib/year/commitments/record-progress";
import { commitmentInputSchema, progressInputSchema } from "@/lib/year/commitments/schemas";
import { fromDateColumn, toDateColumn, toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { approvePlan, approvePlanChanges, returnPlan } from "@/lib/year/plans/review-plan";
import { planContentSchema } from "@/lib/year/plans/schemas";
import { startOwnPlan } from "@/lib/year/plans/start-own-plan";
import { submitPlan, submitPlanChanges, withdrawPlan } from "@/lib/year/plans/submit-plan";
import { updatePlanContent } from "@/lib/year/plans/update-plan";
import { fieldErrorsOf } from "@/lib/platform/validation/form-state";
import ja from "@/lib/platform/i18n/messages/ja.json";
import {
  FY,
  approvedPlan,
  commitmentInput,
  commitmentVersion,
  createTeam,
  draftPlan,
  expectAppError,
  measureId,
  planContent,
  planEvents,
  planSnapshot,
  planVersion,
  progressInput,
  submittedPlan,
  type Team,
  writeAudits,
} from "@/tests/support/plan-fixtures";

/**
 * The plan's state machine and the server-side validation of what is written into it (issue 3,
 * third and fourth rules). Every test starts the owner's plan for this fiscal year afresh.
 */

let team: Team;
let owner: Actor;
let boss: Actor;
let measure: number;

beforeAll(async () => {
  team = await createTeam("flow", 1);
  [owner] = team.members as [Actor];
  boss = team.supervisor;
  measure = await measureId(1, 1);
});

afterAll(async () => {
  await team?.remove();
});

const status = async (planId: number) => (await planSnapshot(planId)).status;
const commitmentStatuses = async (planId: number) => (await planSnapshot(planId)).commitments.map((c) => c.status);

describe("submitting", () => {
  it("needs a current vision (visionNow) and at least one commitment that is not dropped (commitments)", async () => {
    await db.developmentPlan.deleteMany({ where: { employeeId: owner.employeeId, fiscalYear: FY } });
    const planId = await startOwnPlan(owner, FY);
    const untouched = await planSnapshot(planId);
    await expectAppError(submitPlan(owner, planId, 1), "INVALID_INPUT", "visionNow", "visionRequired");
    expect(await planSnapshot(planId)).toEqual(untouched);

    await updatePlanContent(owner, planId, planContent(1));
    await expectAppError(submitPlan(owner, planId, 2), "INVALID_INPUT", "commitments", "commitmentRequired");
    const only = await addIndividualCommitment(owner, planId, commitmentInput(measure));
    await dropIndividualCommitment(owner, only, 1, "やめた");
    await expectAppError(submitPlan(owner, planId, 2), "INVALID_INPUT", "commitments", "commitmentRequired");
    expect(await status(planId)).toBe("DRAFT");

    await addIndividualCommitment(owner, planId, commitmentInput(measure));
    await submitPlan(owner, planId, 2);
    expect(await status(planId)).toBe("SUBMITTED");
  });
});

describe("the review loop", () => {
  it("goes DRAFT → SUBMITTED → RETURNED → SUBMITTED → APPROVED, keeping every event and one audit row per write", async () => {
    const { planId } = await draftPlan(owner, measure, 1);
    const [me, sup] = [owner.employeeId, boss.employeeId];
    await submitPlan(owner, planId, 2);
    expect(await commitmentStatuses(planId)).toEqual(["SUBMITTED"]);
    await returnPlan(boss, planId, 3, "3年後の姿をもう少し具体的に。");
    expect([await status(planId), ...(await commitmentStatuses(planId))]).toEqual(["RETURNED", "RETURNED"]);
    await updatePlanContent(owner, planId, planContent(4, { vision3Years: "制度の担当を一通り経験する。" }));
    await submitPlan(owner, planId, 5);
    await approvePlan(boss, planId, 6, "良い計画です。");

    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId }, include: { commitments: true } });
    expect([plan.status, plan.version, plan.reviewerId, plan.commitments.map((c) => c.status)]).toEqual(["APPROVED", 7, sup, ["APPROVED"]]);
    expect(plan.submittedAt).not.toBeNull();
    expect(plan.reviewedAt).not.toBeNull();
    expect(await planEvents(planId)).toEqual([
      { action: "CREATE", fromStatus: null, toStatus: "DRAFT", comment: "", actorId: me },
      { action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED", comment: "", actorId: me },
      { action: "RETURN", fromStatus: "SUBMITTED", toStatus: "RETURNED", comment: "3年後の姿をもう少し具体的に。", actorId: sup },
      { action: "SUBMIT", fromStatus: "RETURNED", toStatus: "SUBMITTED", comment: "", actorId: me },
      { action: "APPROVE", fromStatus: "SUBMITTED", toStatus: "APPROVED", comment: "良い計画です。", actorId: sup },
    ]);
    const audits = await writeAudits(planId);
    const writes = ["plan.create", "plan.update", "commitment.create", "plan.submit", "plan.return", "plan.update", "plan.submit", "plan.approve"];
    expect(audits.map((a) => [a.action, a.actorId])).toEqual(writes.map((action) => [action, ["plan.return", "plan.approve"].includes(action) ? sup : me]));
    const transitions = audits.filter((a) => ["plan.submit", "plan.return", "plan.approve"].includes(a.action)).map((a) => a.detail);
    expect(transitions).toMatchObject([
      { before: { status: "DRAFT" }, after: { status: "SUBMITTED" } },
      { before: { status: "SUBMITTED" }, after: { status: "RETURNED" }, comment: "3年後の姿をもう少し具体的に。" },
      { before: { status: "RETURNED" }, after: { status: "SUBMITTED" } },
      { before: { status: "SUBMITTED" }, after: { status: "APPROVED" } },
    ]);
    expect(audits[5]?.detail).toMatchObject({ before: { vision3Years: "" }, after: { vision3Years: "制度の担当を一通り経験する。" } });
  });

  it("refuses forged transitions with NOT_ALLOWED and changes nothing", async () => {
    const { planId } = await draftPlan(owner, measure, 1);
    const refuse = async (attempt: (version: number) => Promise<unknown>) => {
      const before = await planSnapshot(planId);
      // The right version, so that only the state can be the reason for refusing.
      await expectAppError(attempt(before.version), "NOT_ALLOWED");
      expect(await planSnapshot(planId)).toEqual(before);
    };
    await refuse((v) => approvePlan(boss, planId, v, "下書きを承認"));
    await refuse((v) => returnPlan(boss, planId, v, "下書きを差戻し"));
    await refuse((v) => withdrawPlan(owner, planId, v));
    await submitPlan(owner, planId, await planVersion(planId));
    await refuse((v) => submitPlan(owner, planId, v));
    await approvePlan(boss, planId, await planVersion(planId), "");
    await refuse((v) => returnPlan(boss, planId, v, "承認済みを差戻し"));
    await refuse((v) => withdrawPlan(owner, planId, v));
    await refuse((v) => approvePlan(boss, planId, v, "二度目の承認"));
    await refuse((v) => submitPlan(owner, planId, v));
  });

  it("refuses every goal edit while the plan is SUBMITTED", async () => {
    const { planId, commitmentIds } = await submittedPlan(owner, measure, 2);
    const [first = 0] = commitmentIds;
    const before = await planSnapshot(planId);
    const v = before.version;
    await expectAppError(updatePlanContent(owner, planId, planContent(v, { visionNow: "審査中に変更" })), "NOT_ALLOWED");
    await expectAppError(addIndividualCommitment(owner, planId, commitmentInput(measure)), "NOT_ALLOWED");
    await expectAppError(
      updateIndividualCommitment(owner, first, await commitmentVersion(first), commitmentInput(measure, { title: "審査中に変更" })),
      "NOT_ALLOWED",
    );
    await expectAppError(moveIndividualCommitment(owner, first, "down"), "NOT_ALLOWED");
    await expectAppError(dropIndividualCommitment(owner, first, await commitmentVersion(first), "審査中"), "NOT_ALLOWED");
    expect(await planSnapshot(planId)).toEqual(before);
  });

  it("refuses progress before approval", async () => {
    const { planId, commitmentIds } = await submittedPlan(owner, measure, 1);
    const [id = 0] = commitmentIds;
    const before = await planSnapshot(planId);
    await expectAppError(recordIndividualProgress(owner, id, progressInput(await commitmentVersion(id), { percent: 10 })), "NOT_ALLOWED");
    expect(await planSnapshot(planId)).toEqual(before);
  });
});

describe("after approval", () => {
  it("records progress without reopening the plan; 100 % marks the commitment DONE", async () => {
    const { planId, commitmentIds } = await approvedPlan(owner, boss, measure, 1);
    const [id = 0] = commitmentIds;
    const version = await planVersion(planId);
    await recordIndividualProgress(owner, id, progressInput(await commitmentVersion(id), { percent: 40, note: "半分弱" }));
    await recordIndividualProgress(owner, id, progressInput(await commitmentVersion(id), { percent: 100, note: "完成" }));
    const commitment = await db.commitment.findUniqueOrThrow({
      where: { id },
      include: { progress: { orderBy: { id: "asc" } }, events: { orderBy: { id: "asc" } } },
    });
    expect([commitment.status, commitment.progressPercent, commitment.progress.map((p) => [p.percent, p.note])]).toEqual([
      "DONE",
      100,
      [
        [40, "半分弱"],
        [100, "完成"],
      ],
    ]);
    expect(commitment.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["CREATE", null, "DRAFT"],
      ["STATUS", "APPROVED", "IN_PROGRESS"],
      ["STATUS", "IN_PROGRESS", "DONE"],
    ]);
    expect([await status(planId), await planVersion(planId)]).toEqual(["APPROVED", version]);
    expect((await planEvents(planId)).map((e) => e.action)).not.toContain("REOPEN");
    const progressAudits = (await writeAudits(planId)).filter((a) => a.action === "commitment.progress").map((a) => a.detail);
    expect(progressAudits).toMatchObject([
      { before: { status: "APPROVED", progressPercent: 0 }, after: { status: "IN_PROGRESS", progressPercent: 40 } },
      { before: { status: "IN_PROGRESS", progressPercent: 40 }, after: { status: "DONE", progressPercent: 100 } },
    ]);
  });

  type GoalChange = (planId: number, commitmentId: number) => Promise<unknown>;
  const CHANGES: [string, string, GoalChange][] = [
    [
      "updateIndividualCommitment",
      "commitment.update",
      async (_, id) => updateIndividualCommitment(owner, id, await commitmentVersion(id), commitmentInput(measure, { title: "目標を変えた" })),
    ],
    ["addIndividualCommitment", "commitment.create", (planId) => addIndividualCommitment(owner, planId, commitmentInput(measure, { title: "目標を増やした" }))],
    [
      "updatePlanContent",
      "plan.update",
      async (planId) => updatePlanContent(owner, planId, planContent(await planVersion(planId), { visionNow: "ビジョンを変えた" })),
    ],
    ["dropIndividualCommitment", "commitment.drop", async (_, id) => dropIndividualCommitment(owner, id, await commitmentVersion(id), "取りやめ")],
  ];

  it.each(CHANGES)("%s on an APPROVED plan keeps it approved with one audit row, and the change can be sent and approved", async (_, audited, change) => {
    const { planId, commitmentIds } = await approvedPlan(owner, boss, measure, 2);
    const auditsBefore = (await writeAudits(planId)).length;
    await change(planId, commitmentIds[0] ?? 0);
    expect(await status(planId)).toBe("APPROVED");
    expect((await planEvents(planId)).map((e) => e.action)).not.toContain("REOPEN");
    // One audit row for the change, with before → after; no transition of the plan.
    const added = (await writeAudits(planId)).slice(auditsBefore);
    expect(added.map((a) => a.action)).toEqual([audited]);
    expect(added.map((a) => a.detail)).toMatchObject([{ after: {} }]);
    await submitPlanChanges(owner, planId, await planVersion(planId));
    await approvePlanChanges(boss, planId, await planVersion(planId), "");
    expect(await status(planId)).toBe("APPROVED");
    expect((await commitmentStatuses(planId)).filter((s) => s !== "APPROVED" && s !== "DROPPED")).toEqual([]);
  });
});

describe("what the data layer checks itself", () => {
  it("refuses a progress date outside the fiscal year or in the future (recordedOn)", async () => {
    const { planId, commitmentIds } = await approvedPlan(owner, boss, measure, 1);
    const [id = 0] = commitmentIds;
    const before = await planSnapshot(planId);
    const tomorrow = toIsoDate(fromDateColumn(new Date(toDateColumn(tokyoDate()).getTime() + 86_400_000)));
    const dates = [
      [`${FY - 1}-12-01`, "outsideFiscalYear"],
      [`${FY}-03-31`, "outsideFiscalYear"],
      [`${FY + 1}-04-01`, "outsideFiscalYear"],
      [tomorrow, tomorrow.startsWith(`${FY + 1}-04`) ? "outsideFiscalYear" : "future"],
    ];
    for (const [recordedOn, key] of dates) {
      await expectAppError(
        recordIndividualProgress(owner, id, progressInput(before.commitments[0]?.version ?? 0, { recordedOn, percent: 10 })),
        "INVALID_INPUT",
        "recordedOn",
        key,
      );
    }
    expect(await planSnapshot(planId)).toEqual(before);
  });

  it("refuses a due date outside the fiscal year (dueOn) and an unknown or retired measure (measureId)", async () => {
    const { planId, commitmentIds } = await draftPlan(owner, measure, 1);
    const [id = 0] = commitmentIds;
    const before = await planSnapshot(planId);
    const cv = await commitmentVersion(id);
    const refuse = async (overrides: Record<string, unknown>, field: string, key: string) => {
      await expectAppError(addIndividualCommitment(owner, planId, commitmentInput(measure, overrides)), "INVALID_INPUT", field, key);
      await expectAppError(updateIndividualCommitment(owner, id, cv, commitmentInput(measure, overrides)), "INVALID_INPUT", field, key);
    };
    await refuse({ dueOn: `${FY + 1}-04-01` }, "dueOn", "outsideFiscalYear");
    await refuse({ dueOn: `${FY}-03-31` }, "dueOn", "outsideFiscalYear");
    await refuse({ measureId: 2_000_000_000 }, "measureId", "unknownMeasure");
    // A measure no other file uses (records.test.ts takes a ③), retired only for these calls.
    const retiring = await measureId(2, 4);
    await db.measure.update({ where: { id: retiring }, data: { retiredAt: new Date() } });
    try {
      await refuse({ measureId: retiring }, "measureId", "unknownMeasure");
    } finally {
      await db.measure.update({ where: { id: retiring }, data: { retiredAt: null } });
    }
    expect(await planSnapshot(planId)).toEqual(before);
    // The first and last day of the fiscal year are inside it.
    await updateIndividualCommitment(owner, id, cv, commitmentInput(measure, { dueOn: `${FY + 1}-03-31` }));
    await addIndividualCommitment(owner, planId, commitmentInput(retiring, { dueOn: `${FY}-04-01` }));
  });

  it("keeps a dropped commitment as DROPPED with a STATUS event, and refuses dropping it twice", async () => {
    const { planId, commitmentIds } = await draftPlan(owner, measure, 2);
    const [id = 0] = commitmentIds;
    await dropIndividualCommitment(owner, id, 1, "業務の見直しで不要になった");
    const dropped = await db.commitment.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
    expect([dropped.status, dropped.planId, dropped.version]).toEqual(["DROPPED", planId, 2]);
    expect(dropped.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.comment, e.actorId])).toEqual([
      ["CREATE", null, "DRAFT", "", owner.employeeId],
      ["STATUS", "DRAFT", "DROPPED", "業務の見直しで不要になった", owner.employeeId],
    ]);
    expect((await writeAudits(planId)).at(-1)).toMatchObject({
      action: "commitment.drop",
      detail: { before: { status: "DRAFT" }, after: { status: "DROPPED" } },
    });
    await expectAppError(dropIndividualCommitment(owner, id, 2, "もう一度"), "NOT_ALLOWED");
  });

  it("moves a commitment up and down among its neighbours, and not past either end", async () => {
    const { planId, commitmentIds } = await draftPlan(owner, measure, 3);
    const [a = 0, b = 0, c = 0] = commitmentIds;
    const order = async () => (await db.commitment.findMany({ where: { planId }, orderBy: { position: "asc" }, select: { id: true } })).map((x) => x.id);
    expect(await order()).toEqual([a, b, c]);
    await moveIndividualCommitment(owner, c, "up");
    expect(await order()).toEqual([a, c, b]);
    await moveIndividualCommitment(owner, a, "down");
    expect(await order()).toEqual([c, a, b]);
    await moveIndividualCommitment(owner, c, "up");
    await moveIndividualCommitment(owner, b, "down");
    expect(await order()).toEqual([c, a, b]);
    expect((await writeAudits(planId)).filter((x) => x.action === "commitment.move")).toHaveLength(2);
  });
});

describe("zod schemas refuse malformed and oversized input with the field and a message key", () => {
  const commitment = { title: "手引きを作る", description: "", measureId: "3", targetKind: "text", targetText: "1冊", dueOn: "" };
  const CASES: [string, { safeParse(value: unknown): { success: boolean; error?: z.ZodError } }, Record<string, unknown>, [string, string][]][] = [
    ["a title over 120 characters", commitmentInputSchema, { ...commitment, title: "題".repeat(121) }, [["title", "tooLong"]]],
    ["an empty title", commitmentInputSchema, { ...commitment, title: "   " }, [["title", "required"]]],
    ["a description over 4000 characters", commitmentInputSchema, { ...commitment, description: "説".repeat(4001) }, [["description", "tooLong"]]],
    ["an impossible due date", commitmentInputSchema, { ...commitment, dueOn: `${FY}-02-30` }, [["dueOn", "date"]]],
    ["a due date not in yyyy-mm-dd", commitmentInputSchema, { ...commitment, dueOn: `${FY}/12/01` }, [["dueOn", "date"]]],
    ["a text target left empty", commitmentInputSchema, { ...commitment, targetText: "" }, [["targetText", "required"]]],
    [
      "a number target without value or unit",
      commitmentInputSchema,
      { ...commitment, targetKind: "number", targetText: "" },
      [
        ["targetValue", "required"],
        ["targetUnit", "required"],
      ],
    ],
    ["a missing measure", commitmentInputSchema, { ...commitment, measureId: "" }, [["measureId", "invalid"]]],
    ["an impossible progress date", progressInputSchema, { version: 1, recordedOn: `${FY}-13-01`, percent: 10 }, [["recordedOn", "date"]]],
    ["a percentage over 100", progressInputSchema, { version: 1, recordedOn: `${FY}-06-01`, percent: 101 }, [["percent", "percent"]]],
    ["a progress update that says nothing", progressInputSchema, { version: 1, recordedOn: `${FY}-06-01`, note: " " }, [["note", "progressEmpty"]]],
    ["a career vision over 4000 characters", planContentSchema, { version: 1, visionNow: "将".repeat(4001), images: [] }, [["visionNow", "tooLong"]]],
    [
      "transfer wish fields over 200 characters",
      planContentSchema,
      { version: 1, transferWishFields: "異".repeat(201), images: [] },
      [["transferWishFields", "tooLong"]],
    ],
    [
      "a self-assessment of 6",
      planContentSchema,
      { version: 1, images: [{ targetImageId: 1, aspired: false, selfScore: 6 }] },
      [["images.0.selfScore", "invalid"]],
    ],
  ];

  it.each(CASES)("%s", (_, schema, input, expected) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    // As the form shows them: the first message per field, as a catalogue key.
    expect(result.error && fieldErrorsOf(result.error)).toEqual(Object.fromEntries(expected));
  });

  it("has a Japanese message for every key the schemas and the data layer answer with", () => {
    const keys = [
      ...CASES.flatMap(([, , , expected]) => expected.map(([, key]) => key)),
      "visionRequired",
      "commitmentRequired",
      "outsideFiscalYear",
      "unknownMeasure",
      "conflict",
      "notAllowed",
      "notFound",
    ];
    const validation: Record<string, string> = ja.validation;
    expect(keys.filter((key) => !/[ぁ-んァ-ン一-龠]/.test(validation[key] ?? ""))).toEqual([]);
  });

  it("accepts the limits themselves", () => {
    expect(commitmentInputSchema.safeParse({ ...commitment, title: "題".repeat(120), description: "説".repeat(4000), dueOn: `${FY}-04-01` }).success).toBe(
      true,
    );
    expect(progressInputSchema.safeParse({ version: 1, recordedOn: `${FY}-06-01`, percent: 100 }).success).toBe(true);
  });
});
