import { z } from "zod";
import * as catalogue from "@/lib/policy/catalogue/catalogue-actions";
import * as personnelImport from "@/lib/people/personnel/import-actions";
import * as programmes from "@/lib/records/programmes/programme-actions";
import * as reminders from "@/lib/insight/settings/reminder-settings-actions";
import * as retention from "@/lib/records/retention/retention-actions";
import * as yearEnd from "@/lib/year/year-end/year-end-actions";
import * as roles from "@/lib/people/roles/role-actions";
import * as rollover from "@/lib/year/rollover/rollover-actions";
import * as transfers from "@/lib/people/transfers/transfer-actions";
import * as citySettings from "@/lib/insight/settings/settings-actions";
import * as attentionRules from "@/lib/insight/settings/attention-rule-actions";
import * as commitments from "@/lib/year/commitments/commitment-actions";
import * as handovers from "@/lib/people/transfers/handover-actions";
import * as interviews from "@/lib/year/interviews/interview-actions";
import * as myPlans from "@/lib/year/plans/own-plan-actions";
import * as records from "@/lib/records/record-actions";
import * as notifications from "@/lib/messaging/notifications/notification-actions";
import * as ojt from "@/lib/year/ojt/ojt-plan-actions";
import * as review from "@/lib/year/plans/review-actions";
import * as proxy from "@/lib/year/plans/proxy-actions";
import * as newOjt from "@/lib/year/ojt/new-ojt-plan-actions";
import * as teamRecords from "@/lib/records/verification/verification-actions";
import * as trainingApplications from "@/lib/records/training-applications/application-actions";
import * as root from "@/lib/platform/auth/session-actions";
import * as signin from "@/lib/platform/auth/sign-in-actions";
import * as cycle from "@/lib/year/cycle/cycle-actions";
import * as acting from "@/lib/people/acting-reviewers/acting-reviewer-actions";
import { DATE_STYLES, LANGUAGES } from "@/lib/platform/i18n/locales";
import { id } from "@/lib/platform/validation/fields";
import { formValues } from "@/lib/platform/validation/form-state";
import type { Fixtures } from "./action-fixtures";
import type { BaseForm } from "./form-data";

/**
 * Every server action, with a valid form for the user it is meant for (ids from the fixtures)
 * and where its answer's message keys live in the catalogue (`<section>.<key>`).
 */
export type ActorName = keyof Fixtures["actors"];

export interface ActionSpec {
  name: string;
  run: (formData: FormData) => Promise<unknown>;
  base: (f: Fixtures) => BaseForm;
  /** who the form is for; every action is also fuzzed as demo-employee and signed out */
  actor: ActorName;
  sections: readonly string[];
  /** needs no session: anyone may switch the language or sign in */
  anonymous?: boolean;
  /** writes that are legitimate although the answer does not report success */
  mayWrite?: "always" | "sign-in-audit" | ((formData: FormData) => boolean);
}

/** A fresh previous state: the actions only pass it through. */
const blank = () => ({ ok: false, fieldErrors: {} });

const V = ["validation"];
const FILES = {
  staff: {
    file: "staff.csv",
    content: '職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード\r\nF0001,=HYPERLINK("http://x"),エフ,事務,主事,2024-04-01,U0001\r\n',
  },
  unit: { file: "units.csv", content: "所属コード,所属名,種別,上位所属コード\r\nX1,'局,局,\r\n" },
  attendance: { file: "attendance.csv", content: "職員番号,出欠\r\ndemo-employee,出席\r\n" },
};

const trainingForm = (f: Fixtures) => ({
  fiscalYear: String(f.fy),
  programmeName: "ファズ研修",
  kind: "INSTITUTE",
  startOn: `${f.fy}-06-10`,
  endOn: `${f.fy}-06-11`,
  hours: "7",
  completed: "on",
  measureId: String(f.measureId),
});
const qualificationForm = (f: Fixtures) => ({ name: "簿記2級", obtainedOn: f.today, expiresOn: "", measureId: "", note: "", fy: String(f.fy) });
const commitmentForm = (f: Fixtures) => ({
  title: "研修に参加する",
  description: "",
  measureId: String(f.measureId),
  focusThemeId: "",
  targetImageId: "",
  targetKind: "text",
  targetText: "1回",
  targetValue: "",
  targetUnit: "",
  dueOn: "",
});
const goalRow = (f: Fixtures) => ({ "goals.0.period": "Q1", "goals.0.measureId": String(f.measureId), "goals.0.goal": "支給決定を一人で行う" });
const planRef = (f: Fixtures) => ({ planId: String(f.plan.id), fiscalYear: String(f.fy), version: "1" });
const teamRef = (f: Fixtures) => ({ commitmentId: String(f.teamCommitmentId), version: "1" });
const interviewForm = (f: Fixtures) => ({
  heldOn: f.today,
  kind: "MID_YEAR",
  agenda: "振り返り",
  sharedNotes: "",
  privateNotes: "",
  agreedActions: "",
  "actions.0.title": "研修を受ける",
  "actions.0.measureId": String(f.measureId),
});

const oneOf = (values: readonly string[], value: FormDataEntryValue | null) => typeof value === "string" && values.includes(value);

// moveCommitmentAction answers nothing either way; it may write when its reference parses.
const moveRef = z.object({ commitmentId: id, direction: z.enum(["up", "down"]), fiscalYear: z.coerce.number().int() });

const ME_PLANS = "lib/year/plans/own-plan-actions.ts";
const RECORDS = "lib/records/record-actions.ts";
const COMMITMENTS = "lib/year/commitments/commitment-actions.ts";
const CATALOGUE = "lib/policy/catalogue/catalogue-actions.ts";
const PROGRAMMES = "lib/records/programmes/programme-actions.ts";
const APPLICATIONS = "lib/records/training-applications/application-actions.ts";
const TA = ["validation", "trainingApplications.validation"];
const IMPORT = "lib/people/personnel/import-actions.ts";

export const ACTIONS: readonly ActionSpec[] = [
  // Signed in, a valid choice is saved on the person's own row (and audited): a write with no answer.
  {
    name: "lib/platform/auth/session-actions.ts#switchLocale",
    run: (fd) => root.switchLocale(fd),
    base: () => ({ locale: "en" }),
    actor: "employee",
    sections: [],
    anonymous: true,
    mayWrite: (fd) => oneOf(LANGUAGES, fd.get("locale")),
  },
  {
    name: "lib/platform/auth/session-actions.ts#switchDateStyle",
    run: (fd) => root.switchDateStyle(fd),
    base: () => ({ style: "gregorian" }),
    actor: "employee",
    sections: [],
    anonymous: true,
    mayWrite: (fd) => oneOf(DATE_STYLES, fd.get("style")),
  },
  {
    name: "lib/platform/auth/sign-in-actions.ts#signInWithPassword",
    run: (fd) => signin.signInWithPassword({ staffNumber: "", fieldErrors: {}, failed: false }, fd),
    base: () => ({ staffNumber: "demo-employee", password: "not-the-password" }),
    actor: "employee",
    sections: ["signIn"],
    anonymous: true,
    mayWrite: "sign-in-audit",
  },

  {
    name: `${RECORDS}#createTrainingAction`,
    run: (fd) => records.createTrainingAction(blank(), fd),
    base: trainingForm,
    actor: "employee",
    sections: ["validation", "records.validation"],
  },
  {
    name: `${RECORDS}#updateTrainingAction`,
    run: (fd) => records.updateTrainingAction(blank(), fd),
    base: (f) => ({ id: String(f.training.id), version: String(f.training.version), ...trainingForm(f) }),
    actor: "employee",
    sections: ["validation", "records.validation"],
  },
  {
    name: `${RECORDS}#createQualificationAction`,
    run: (fd) => records.createQualificationAction(blank(), fd),
    base: qualificationForm,
    actor: "employee",
    sections: ["validation", "records.validation"],
  },
  {
    name: `${RECORDS}#updateQualificationAction`,
    run: (fd) => records.updateQualificationAction(blank(), fd),
    base: (f) => ({ id: String(f.qualification.id), version: String(f.qualification.version), ...qualificationForm(f) }),
    actor: "employee",
    sections: ["validation", "records.validation"],
  },
  {
    name: `${RECORDS}#deleteTrainingAction`,
    run: (fd) => records.deleteTrainingAction(blank(), fd),
    base: (f) => ({ id: String(f.training.id), version: String(f.training.version), fy: String(f.fy) }),
    actor: "employee",
    sections: ["validation", "records.validation"],
  },
  {
    name: `${RECORDS}#deleteQualificationAction`,
    run: (fd) => records.deleteQualificationAction(blank(), fd),
    base: (f) => ({ id: String(f.qualification.id), version: String(f.qualification.version), fy: String(f.fy) }),
    actor: "employee",
    sections: ["validation", "records.validation"],
  },

  {
    name: `${ME_PLANS}#startPlanAction`,
    run: (fd) => myPlans.startPlanAction(fd),
    base: (f) => ({ fiscalYear: String(f.fy + 1) }),
    actor: "employee",
    sections: V,
  },
  {
    name: `${ME_PLANS}#savePlanContentAction`,
    run: (fd) => myPlans.savePlanContentAction(blank(), fd),
    base: (f) => ({
      ...planRef(f),
      visionNow: "制度を説明できる",
      vision3Years: "",
      vision10Years: "",
      transferWishFields: "",
      transferWishComment: "",
      imageId: f.plan.imageIds.map(String),
      ...Object.fromEntries(
        f.plan.imageIds.flatMap((image) => [
          [`image.${image}.aspired`, "on"],
          [`image.${image}.reason`, "理由"],
          [`image.${image}.selfScore`, "3"],
          [`image.${image}.selfComment`, ""],
        ]),
      ),
    }),
    actor: "employee",
    sections: V,
  },
  {
    name: `${ME_PLANS}#saveReflectionAction`,
    run: (fd) => myPlans.saveReflectionAction(blank(), fd),
    base: (f) => ({ ...planRef(f), reflection: "学んだこと" }),
    actor: "employee",
    sections: V,
  },
  {
    name: `${ME_PLANS}#addCommitmentAction`,
    run: (fd) => myPlans.addCommitmentAction(blank(), fd),
    base: (f) => ({ ...planRef(f), ...commitmentForm(f) }),
    actor: "employee",
    sections: V,
  },
  {
    name: `${ME_PLANS}#updateCommitmentAction`,
    run: (fd) => myPlans.updateCommitmentAction(blank(), fd),
    base: (f) => ({ commitmentId: String(f.commitmentId), version: "1", fiscalYear: String(f.fy), ...commitmentForm(f) }),
    actor: "employee",
    sections: V,
  },
  {
    name: `${ME_PLANS}#moveCommitmentAction`,
    run: (fd) => myPlans.moveCommitmentAction(fd),
    base: (f) => ({ commitmentId: String(f.commitmentId), direction: "up", fiscalYear: String(f.fy) }),
    actor: "employee",
    sections: V,
    mayWrite: (fd) => moveRef.safeParse(formValues(fd)).success,
  },
  {
    name: `${ME_PLANS}#recordProgressAction`,
    run: (fd) => myPlans.recordProgressAction(blank(), fd),
    base: (f) => ({
      commitmentId: String(f.commitmentId),
      fiscalYear: String(f.fy),
      version: "1",
      recordedOn: f.today,
      note: "半分",
      percent: "50",
      actualValue: "",
    }),
    actor: "employee",
    sections: V,
  },
  { name: `${ME_PLANS}#submitPlanAction`, run: (fd) => myPlans.submitPlanAction(blank(), fd), base: planRef, actor: "employee", sections: V },
  { name: `${ME_PLANS}#withdrawPlanAction`, run: (fd) => myPlans.withdrawPlanAction(blank(), fd), base: planRef, actor: "employee", sections: V },
  { name: `${ME_PLANS}#submitChangesAction`, run: (fd) => myPlans.submitChangesAction(blank(), fd), base: planRef, actor: "employee", sections: V },
  { name: `${ME_PLANS}#withdrawChangesAction`, run: (fd) => myPlans.withdrawChangesAction(blank(), fd), base: planRef, actor: "employee", sections: V },
  {
    name: `${ME_PLANS}#dropCommitmentAction`,
    run: (fd) => myPlans.dropCommitmentAction(blank(), fd),
    base: (f) => ({ commitmentId: String(f.commitmentId), version: "1", fiscalYear: String(f.fy), reason: "見直し" }),
    actor: "employee",
    sections: V,
  },

  {
    name: "lib/messaging/notifications/notification-actions.ts#openNotificationAction",
    run: (fd) => notifications.openNotificationAction(fd),
    base: (f) => ({ notificationId: String(f.notificationId) }),
    actor: "employee",
    sections: V,
  },
  // Takes no form: marking everything read is what it is for.
  {
    name: "lib/messaging/notifications/notification-actions.ts#markAllReadAction",
    run: () => notifications.markAllReadAction(),
    base: () => ({}),
    actor: "employee",
    sections: V,
    mayWrite: "always",
  },
  // A checkbox: whatever is posted is on or off for the person's own row (demo-employee has an address), answered with nothing.
  {
    name: "lib/messaging/notifications/notification-actions.ts#setEmailDigestAction",
    run: (fd) => notifications.setEmailDigestAction(fd),
    base: () => ({ emailDigest: "on" }),
    actor: "employee",
    sections: V,
    mayWrite: "always",
  },

  {
    name: "lib/year/ojt/ojt-plan-actions.ts#markOjtGoalAction",
    run: (fd) => ojt.markOjtGoalAction(blank(), fd),
    base: (f) => ({ ojtPlanId: String(f.ojt.planId), goalId: String(f.ojt.goalId), version: String(f.ojt.version), achieved: "on" }),
    actor: "employee",
    sections: ["validation", "ojt.validation"],
  },
  {
    name: "lib/year/ojt/ojt-plan-actions.ts#logOjtSessionAction",
    run: (fd) => ojt.logOjtSessionAction(blank(), fd),
    base: (f) => ({ ojtPlanId: String(f.ojt.planId), heldOn: f.today, minutes: "60", topic: "窓口での説明", learnt: "図で説明する", nextStep: "" }),
    actor: "employee",
    sections: ["validation", "ojt.validation"],
  },
  {
    name: "lib/year/ojt/ojt-plan-actions.ts#updateOjtPlanAction",
    run: (fd) => ojt.updateOjtPlanAction(blank(), fd),
    base: (f) => ({
      ojtPlanId: String(f.ojt.planId),
      version: String(f.ojt.version),
      trainerId: String(f.ojt.trainerId),
      aim: "独り立ち",
      completed: "",
      "goals.0.id": String(f.ojt.goalId),
      ...goalRow(f),
      "goals.0.achieved": "",
    }),
    actor: "supervisor",
    sections: ["validation", "ojt.validation"],
  },
  {
    name: "lib/year/ojt/new-ojt-plan-actions.ts#createOjtPlanAction",
    run: (fd) => newOjt.createOjtPlanAction(blank(), fd),
    base: (f) => ({ traineeId: String(f.actors.employee.employeeId), trainerId: String(f.ojt.trainerId), fiscalYear: String(f.fy), aim: "", ...goalRow(f) }),
    actor: "supervisor",
    sections: ["validation", "ojt.validation"],
  },

  {
    name: "lib/year/interviews/interview-actions.ts#recordInterviewAction",
    run: (fd) => interviews.recordInterviewAction(blank(), fd),
    base: (f) => ({ employeeId: String(f.actors.employee.employeeId), ...interviewForm(f) }),
    actor: "supervisor",
    sections: ["validation", "interviews.validation"],
  },
  {
    name: "lib/year/interviews/interview-actions.ts#updateInterviewAction",
    run: (fd) => interviews.updateInterviewAction(blank(), fd),
    base: (f) => ({ interviewId: String(f.interview.id), version: String(f.interview.version), ...interviewForm(f) }),
    actor: "supervisor",
    sections: ["validation", "interviews.validation"],
  },
  {
    name: "lib/year/interviews/interview-actions.ts#decideInterviewActionAction",
    run: (fd) => interviews.decideInterviewActionAction(blank(), fd),
    base: (f) => ({ actionId: String(f.interview.actionId), interviewId: String(f.interview.id), decision: "decline" }),
    actor: "employee",
    sections: ["validation", "interviews.validation"],
  },

  {
    name: "lib/year/plans/review-actions.ts#reviewPlanAction",
    run: (fd) => review.reviewPlanAction(blank(), fd),
    base: (f) => ({ planId: String(f.colleaguePlan.id), decision: "comment", version: String(f.colleaguePlan.version), comment: "確認しました" }),
    actor: "supervisor",
    sections: V,
  },
  // 代理入力: the reviewer's forms on a member's plan (the colleague's submitted plan is refused as not editable), the owner's confirmation.
  {
    name: "lib/year/plans/proxy-actions.ts#startProxyPlanAction",
    run: (fd) => proxy.startProxyPlanAction(fd),
    base: (f) => ({ employeeId: String(f.actors.employee.employeeId), fiscalYear: String(f.fy) }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: "lib/year/plans/proxy-actions.ts#saveProxyContentAction",
    run: (fd) => proxy.saveProxyContentAction(blank(), fd),
    base: (f) => ({ planId: String(f.plan.id), version: "1", visionNow: "紙のシートから", vision3Years: "", vision10Years: "" }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: "lib/year/plans/proxy-actions.ts#addProxyCommitmentAction",
    run: (fd) => proxy.addProxyCommitmentAction(blank(), fd),
    base: (f) => ({ planId: String(f.plan.id), ...commitmentForm(f) }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: "lib/year/plans/proxy-actions.ts#submitProxyPlanAction",
    run: (fd) => proxy.submitProxyPlanAction(blank(), fd),
    base: (f) => ({ planId: String(f.plan.id), version: "1" }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: "lib/year/plans/proxy-actions.ts#confirmProxyEntryAction",
    run: (fd) => proxy.confirmProxyEntryAction(blank(), fd),
    base: planRef,
    actor: "employee",
    sections: V,
  },

  {
    name: `${COMMITMENTS}#createCommitmentAction`,
    run: (fd) => commitments.createCommitmentAction(blank(), fd),
    base: (f) => ({ level: "TEAM", unitId: String(f.unit.id), fiscalYear: String(f.fy), metric: "MANUAL", ...commitmentForm(f) }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: `${COMMITMENTS}#updateCommitmentAction`,
    run: (fd) => commitments.updateCommitmentAction(blank(), fd),
    base: (f) => ({ ...teamRef(f), metric: "MANUAL", ...commitmentForm(f) }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: `${COMMITMENTS}#submitCommitmentAction`,
    run: (fd) => commitments.submitCommitmentAction(blank(), fd),
    base: teamRef,
    actor: "supervisor",
    sections: V,
  },
  {
    name: `${COMMITMENTS}#withdrawCommitmentAction`,
    run: (fd) => commitments.withdrawCommitmentAction(blank(), fd),
    base: teamRef,
    actor: "supervisor",
    sections: V,
  },
  {
    name: `${COMMITMENTS}#reviewCommitmentAction`,
    run: (fd) => commitments.reviewCommitmentAction(blank(), fd),
    base: (f) => ({ ...teamRef(f), decision: "comment", comment: "確認" }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: `${COMMITMENTS}#recordCommitmentProgressAction`,
    run: (fd) => commitments.recordCommitmentProgressAction(blank(), fd),
    base: (f) => ({ ...teamRef(f), recordedOn: f.today, note: "進行中", percent: "30", actualValue: "" }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: `${COMMITMENTS}#recordMetricSnapshotAction`,
    run: (fd) => commitments.recordMetricSnapshotAction(blank(), fd),
    base: (f) => ({ ...teamRef(f), note: "" }),
    actor: "supervisor",
    sections: V,
  },
  {
    name: `${COMMITMENTS}#dropCommitmentAction`,
    run: (fd) => commitments.dropCommitmentAction(blank(), fd),
    base: (f) => ({ ...teamRef(f), reason: "統合" }),
    actor: "supervisor",
    sections: V,
  },

  {
    name: `${CATALOGUE}#updateTargetImageAction`,
    run: (fd) => catalogue.updateTargetImageAction(blank(), fd),
    base: ({ catalogue: { targetImage: t } }) => ({
      id: String(t.id),
      name: `${t.name}（改）`,
      description: t.description,
      beforeName: t.name,
      beforeDescription: t.description,
    }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#updateFocusThemeAction`,
    run: (fd) => catalogue.updateFocusThemeAction(blank(), fd),
    base: ({ catalogue: { focusTheme: t } }) => ({ id: String(t.id), name: `${t.name}（改）`, beforeName: t.name }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#updateFocusPointAction`,
    run: (fd) => catalogue.updateFocusPointAction(blank(), fd),
    base: ({ catalogue: { focusPoint: p } }) => ({ id: String(p.id), text: `${p.text}（改）`, beforeText: p.text }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#addFocusPointAction`,
    run: (fd) => catalogue.addFocusPointAction(blank(), fd),
    base: ({ catalogue: { focusPoint: p } }) => ({ themeId: String(p.themeId), text: "新しい視点" }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#updateAreaAction`,
    run: (fd) => catalogue.updateAreaAction(blank(), fd),
    base: ({ catalogue: { area: a } }) => ({
      id: String(a.id),
      name: `${a.name}（改）`,
      description: a.description,
      beforeName: a.name,
      beforeDescription: a.description,
    }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#updateMeasureAction`,
    run: (fd) => catalogue.updateMeasureAction(blank(), fd),
    base: ({ catalogue: { measure: m } }) => ({
      id: String(m.id),
      name: `${m.name}（改）`,
      relatedPlan: m.relatedPlan,
      beforeName: m.name,
      beforeRelatedPlan: m.relatedPlan,
    }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#addMeasureAction`,
    run: (fd) => catalogue.addMeasureAction(blank(), fd),
    base: ({ catalogue: { measure: m } }) => ({ areaId: String(m.areaId), name: "新しい施策", relatedPlan: "" }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#updateInitiativeAction`,
    run: (fd) => catalogue.updateInitiativeAction(blank(), fd),
    base: ({ catalogue: { initiative: i } }) => ({
      id: String(i.id),
      name: `${i.name}（改）`,
      isMain: i.isMain ? "on" : "",
      promotionPlanId: i.promotionPlanId === null ? "" : String(i.promotionPlanId),
      beforeName: i.name,
      beforeIsMain: i.isMain ? "on" : "",
      beforePromotionPlanId: i.promotionPlanId === null ? "" : String(i.promotionPlanId),
    }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#addInitiativeAction`,
    run: (fd) => catalogue.addInitiativeAction(blank(), fd),
    base: (f) => ({ measureId: String(f.measureId), name: "新しい取組", isMain: "", promotionPlanId: "" }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#updatePromotionPlanAction`,
    run: (fd) => catalogue.updatePromotionPlanAction(blank(), fd),
    base: ({ catalogue: { promotionPlan: p } }) => ({
      id: String(p.id),
      name: `${p.name}（改）`,
      startFiscalYear: String(p.startFiscalYear),
      endFiscalYear: String(p.endFiscalYear),
      illustrative: p.illustrative ? "on" : "",
      beforeName: p.name,
      beforeStartFiscalYear: String(p.startFiscalYear),
      beforeEndFiscalYear: String(p.endFiscalYear),
      beforeIllustrative: p.illustrative ? "on" : "",
    }),
    actor: "hr",
    sections: V,
  },
  {
    name: `${CATALOGUE}#setRetiredAction`,
    run: (fd) => catalogue.setRetiredAction(blank(), fd),
    base: ({ catalogue: { initiative: i } }) => ({ kind: "initiative", id: String(i.id), retire: "on" }),
    actor: "hr",
    sections: V,
  },

  {
    name: `${PROGRAMMES}#createProgrammeAction`,
    run: (fd) => programmes.createProgrammeAction(blank(), fd),
    base: (f) => ({ title: "新任係長研修", kind: "INSTITUTE", measureId: String(f.measureId), targetRanks: "係長", targetJobCategories: "", hours: "6.5" }),
    actor: "hr",
    sections: ["validation", "programmes.validation"],
  },
  {
    name: `${PROGRAMMES}#updateProgrammeAction`,
    run: (fd) => programmes.updateProgrammeAction(blank(), fd),
    base: (f) => ({
      id: String(f.programme.id),
      version: String(f.programme.version),
      title: "ファズ研修（改）",
      kind: "INSTITUTE",
      measureId: "",
      targetRanks: "",
      targetJobCategories: "事務",
      hours: "3",
    }),
    actor: "hr",
    sections: ["validation", "programmes.validation"],
  },
  {
    name: `${PROGRAMMES}#setProgrammeRetiredAction`,
    run: (fd) => programmes.setProgrammeRetiredAction(blank(), fd),
    base: (f) => ({ id: String(f.programme.id), version: String(f.programme.version), retire: "" }),
    actor: "hr",
    sections: ["validation", "programmes.validation"],
  },
  {
    name: `${PROGRAMMES}#createSessionAction`,
    run: (fd) => programmes.createSessionAction(blank(), fd),
    base: (f) => ({
      programmeId: String(f.programme.id),
      fiscalYear: String(f.fy),
      startOn: `${f.fy}-11-05`,
      endOn: `${f.fy}-11-06`,
      venue: "研修センター",
      online: "",
      capacity: "30",
    }),
    actor: "hr",
    sections: ["validation", "programmes.validation"],
  },
  {
    name: `${PROGRAMMES}#enrolAction`,
    run: (fd) => programmes.enrolAction(blank(), fd),
    base: (f) => ({ sessionId: String(f.programme.sessionId), version: String(f.programme.sessionVersion), staffNumbers: "demo-supervisor\ndemo-hr" }),
    actor: "hr",
    sections: ["validation", "programmes.validation"],
  },
  {
    name: `${PROGRAMMES}#setAttendanceAction`,
    run: (fd) => programmes.setAttendanceAction(blank(), fd),
    base: (f) => ({
      sessionId: String(f.programme.sessionId),
      version: String(f.programme.sessionVersion),
      enrolmentId: String(f.programme.enrolmentId),
      status: "ATTENDED",
    }),
    actor: "hr",
    sections: ["validation", "programmes.validation"],
  },
  {
    name: `${PROGRAMMES}#previewAttendanceImportAction`,
    run: (fd) => programmes.previewAttendanceImportAction(fd),
    base: (f) => ({ sessionId: String(f.programme.sessionId), file: FILES.attendance }),
    actor: "hr",
    sections: ["programmes.import.errors"],
  },
  {
    name: `${PROGRAMMES}#applyAttendanceImportAction`,
    run: (fd) => programmes.applyAttendanceImportAction(fd),
    base: (f) => ({ sessionId: String(f.programme.sessionId), version: String(f.programme.sessionVersion), digest: "0".repeat(64), file: FILES.attendance }),
    actor: "hr",
    sections: ["programmes.import.errors"],
  },

  // Training applications: demo-employee applies (once: then "already applied") and reports,
  // demo-supervisor recommends a colleague, HR publishes, decides and fills.
  {
    name: `${APPLICATIONS}#applyForSessionAction`,
    run: (fd) => trainingApplications.applyForSessionAction(blank(), fd),
    base: (f) => ({ sessionId: String(f.trainingApplications.sessionId), reason: "窓口業務に活かしたい" }),
    actor: "employee",
    sections: TA,
  },
  {
    name: `${APPLICATIONS}#reviewApplicationAction`,
    run: (fd) => trainingApplications.reviewApplicationAction(blank(), fd),
    base: (f) => ({
      applicationId: String(f.trainingApplications.toReview.id),
      version: String(f.trainingApplications.toReview.version),
      decision: "RECOMMEND",
      order: "1",
      comment: "",
    }),
    actor: "supervisor",
    sections: TA,
  },
  {
    name: `${APPLICATIONS}#decideApplicationAction`,
    run: (fd) => trainingApplications.decideApplicationAction(blank(), fd),
    base: (f) => ({
      applicationId: String(f.trainingApplications.toDecide.id),
      version: String(f.trainingApplications.toDecide.version),
      decision: "WAITLIST",
    }),
    actor: "hr",
    sections: TA,
  },
  {
    name: `${APPLICATIONS}#selectInRecommendationOrderAction`,
    run: (fd) => trainingApplications.selectInRecommendationOrderAction(blank(), fd),
    base: (f) => ({ sessionId: String(f.trainingApplications.sessionId) }),
    actor: "hr",
    sections: TA,
  },
  {
    name: `${APPLICATIONS}#publishSessionAction`,
    run: (fd) => trainingApplications.publishSessionAction(blank(), fd),
    base: (f) => ({
      sessionId: String(f.trainingApplications.sessionId),
      version: String(f.trainingApplications.sessionVersion),
      applicationsUntil: `${f.fy + 1}-01-31`,
    }),
    actor: "hr",
    sections: TA,
  },
  {
    name: `${APPLICATIONS}#submitTrainingReportAction`,
    run: (fd) => trainingApplications.submitTrainingReportAction(blank(), fd),
    base: (f) => ({
      enrolmentId: String(f.trainingApplications.attendanceId),
      version: "0",
      report: "面接技法を学んだ",
      satisfaction: "4",
      usefulness: "5",
      appliedAtWork: "",
    }),
    actor: "employee",
    sections: TA,
  },

  {
    name: `${IMPORT}#previewStaffImportAction`,
    run: (fd) => personnelImport.previewStaffImportAction(fd),
    base: () => ({ file: FILES.staff, absentLeave: "" }),
    actor: "hr",
    sections: ["personnelImport.errors"],
  },
  {
    name: `${IMPORT}#applyStaffImportAction`,
    run: (fd) => personnelImport.applyStaffImportAction(fd),
    base: () => ({ file: FILES.staff, digest: "0".repeat(64), absentLeave: "" }),
    actor: "hr",
    sections: ["personnelImport.errors"],
  },
  {
    name: `${IMPORT}#previewUnitImportAction`,
    run: (fd) => personnelImport.previewUnitImportAction(fd),
    base: () => ({ file: FILES.unit }),
    actor: "hr",
    sections: ["personnelImport.errors"],
  },
  {
    name: `${IMPORT}#applyUnitImportAction`,
    run: (fd) => personnelImport.applyUnitImportAction(fd),
    base: () => ({ file: FILES.unit, digest: "0".repeat(64) }),
    actor: "hr",
    sections: ["personnelImport.errors"],
  },

  {
    name: "lib/people/roles/role-actions.ts#grantRoleAction",
    run: (fd) => roles.grantRoleAction(blank(), fd),
    base: (f) => ({ staffNumber: "demo-employee", role: "SUPERVISOR", unitCode: f.unit.code, includeSubunits: "", validFrom: "", validTo: "" }),
    actor: "hr",
    sections: ["validation", "roleAdmin.validation"],
  },
  {
    name: "lib/people/roles/role-actions.ts#revokeRoleAction",
    run: (fd) => roles.revokeRoleAction(blank(), fd),
    base: (f) => ({ assignmentId: String(f.roleAssignmentId) }),
    actor: "hr",
    sections: ["validation", "roleAdmin.validation"],
  },

  // The fixtures hold no transfer: the ids below name whatever transfer the schedule action's
  // runs entered first, or none (then the form is refused as not found).
  {
    name: "lib/people/transfers/transfer-actions.ts#scheduleTransferAction",
    run: (fd) => transfers.scheduleTransferAction(blank(), fd),
    // Dated next April: it waits for its date, so demo-employee stays where the other forms expect them.
    base: (f) => ({ staffNumber: "demo-employee", unitCode: "B03-D02-S01-U01", supervisorStaffNumber: "", effectiveOn: `${f.fy + 1}-04-01` }),
    actor: "hr",
    sections: V,
  },
  {
    name: "lib/people/transfers/transfer-actions.ts#cancelTransferAction",
    run: (fd) => transfers.cancelTransferAction(blank(), fd),
    base: (f) => ({ transferId: String(f.transfer.id), version: String(f.transfer.version) }),
    actor: "hr",
    sections: V,
  },
  {
    name: "lib/people/transfers/handover-actions.ts#writeHandoverNoteAction",
    run: (fd) => handovers.writeHandoverNoteAction(blank(), fd),
    base: (f) => ({ transferId: String(f.transfer.id), note: "面談は6月に実施済み", version: String(f.transfer.version) }),
    actor: "supervisor",
    sections: V,
  },
  // The year's windows far ahead, so the fuzz never moves this year's; reminders for the
  // demo's bureau; an acting reviewer named for next year only, so nobody's team changes today.
  {
    name: "lib/year/cycle/cycle-actions.ts#saveCycleCalendarAction",
    run: (fd) => cycle.saveCycleCalendarAction(blank(), fd),
    base: (f) => ({
      fiscalYear: String(f.fy + 30),
      version: "0",
      planStartsOn: `${f.fy + 30}-04-01`,
      planEndsOn: `${f.fy + 30}-05-31`,
      midYearStartsOn: `${f.fy + 30}-10-01`,
      midYearEndsOn: `${f.fy + 30}-10-31`,
      reflectionStartsOn: `${f.fy + 31}-02-01`,
      reflectionEndsOn: `${f.fy + 31}-03-15`,
    }),
    actor: "hr",
    sections: ["validation", "cycle.validation"],
  },
  {
    name: "lib/year/cycle/cycle-actions.ts#setBureauDeadlineAction",
    run: (fd) => cycle.setBureauDeadlineAction(blank(), fd),
    base: (f) => ({ fiscalYear: String(f.fy + 30), version: "1", bureauId: "1", step: "PLAN", endsOn: `${f.fy + 30}-06-10` }),
    actor: "hr",
    sections: ["validation", "cycle.validation"],
  },
  {
    name: "lib/year/cycle/cycle-actions.ts#sendCycleRemindersAction",
    run: (fd) => cycle.sendCycleRemindersAction(blank(), fd),
    base: () => ({ step: "PLAN", bureauId: "" }),
    actor: "hr",
    sections: ["validation", "cycle.validation"],
  },
  {
    name: "lib/people/acting-reviewers/acting-reviewer-actions.ts#nameActingReviewerAction",
    run: (fd) => acting.nameActingReviewerAction(blank(), fd),
    base: (f) => ({ supervisorStaffNumber: "", actingStaffNumber: "demo-hr", startsOn: `${f.fy + 1}-08-01`, endsOn: `${f.fy + 1}-08-10`, reason: "長期研修" }),
    actor: "supervisor",
    sections: ["validation", "cycle.validation"],
  },
  {
    name: "lib/people/acting-reviewers/acting-reviewer-actions.ts#endActingReviewerAction",
    run: (fd) => acting.endActingReviewerAction(blank(), fd),
    base: () => ({ id: "2000000000", version: "1" }),
    actor: "supervisor",
    sections: ["validation", "cycle.validation"],
  },
  {
    name: "lib/insight/settings/reminder-settings-actions.ts#saveReminderSettingsAction",
    run: (fd) => reminders.saveReminderSettingsAction(blank(), fd),
    base: () => ({ reviewOverdueDays: "7", digestTime: "08:00", version: "0" }),
    actor: "hr",
    sections: V,
  },
  {
    name: "lib/records/retention/retention-actions.ts#saveRetentionSettingsAction",
    run: (fd) => retention.saveRetentionSettingsAction(blank(), fd),
    base: () => ({ transferWishes: "", interviewPrivateNotes: "", interviewSharedNotes: "", attachments: "", auditTrail: "", version: "0" }),
    actor: "hr",
    sections: ["validation", "retention.validation"],
  },
  {
    name: "lib/year/year-end/year-end-actions.ts#rateCommitmentAction",
    run: (fd) => yearEnd.rateCommitmentAction(blank(), fd),
    base: (f) => ({ commitmentId: String(f.commitmentId), version: "0", rating: "B" }),
    actor: "employee",
    sections: ["validation", "yearEnd.validation"],
  },
  {
    name: "lib/year/year-end/year-end-actions.ts#commentOnRatingAction",
    run: (fd) => yearEnd.commentOnRatingAction(blank(), fd),
    base: (f) => ({ commitmentId: String(f.commitmentId), version: "0", comment: "よく取り組みました。" }),
    actor: "supervisor",
    sections: ["validation", "yearEnd.validation"],
  },
  {
    name: "lib/year/year-end/year-end-actions.ts#saveAchievementScaleAction",
    run: (fd) => yearEnd.saveAchievementScaleAction(blank(), fd),
    base: () => ({ levels: "S 目標を大きく上回った\nA 目標を上回った\nB 目標どおり", version: "0" }),
    actor: "hr",
    sections: ["validation", "yearEnd.validation"],
  },
  // Fuzzed as demo-employee only: run by HR after a fuzzed save had set a period, it would destroy
  // the fixtures' older records that other actions here are fuzzed against.
  {
    name: "lib/records/retention/retention-actions.ts#runRetentionAction",
    run: (fd) => retention.runRetentionAction(blank(), fd),
    base: () => ({}),
    actor: "employee",
    sections: ["validation", "retention.validation"],
  },

  // Fuzzed as demo-employee only: run by HR with a valid form it would close the fiscal year
  // for every other action here.
  {
    name: "lib/year/rollover/rollover-actions.ts#openNextFiscalYearAction",
    run: (fd) => rollover.openNextFiscalYearAction(blank(), fd),
    base: (f) => ({ confirm: "on", fromYear: String(f.fy), individual: "on", team: "", bureau: "", city: "" }),
    actor: "employee",
    sections: ["validation", "rollover"],
  },

  {
    name: "lib/records/verification/verification-actions.ts#verifyRecordsAction",
    run: (fd) => teamRecords.verifyRecordsAction(blank(), fd),
    base: (f) => ({ record: `training:${f.training.id}:${f.training.version}` }),
    actor: "supervisor",
    sections: ["verifiedRecords.validation", "verifiedRecords.queue"],
  },
  {
    name: "lib/insight/settings/settings-actions.ts#saveCountVerifiedOnlyAction",
    run: (fd) => citySettings.saveCountVerifiedOnlyAction(blank(), fd),
    base: () => ({ countVerifiedOnly: "on", previous: "" }),
    actor: "hr",
    sections: ["validation", "verifiedRecords.settings"],
  },
  {
    name: "lib/insight/settings/attention-rule-actions.ts#saveAttentionRuleAction",
    run: (fd) => attentionRules.saveAttentionRuleAction(blank(), fd),
    base: () => ({ ruleId: "", version: "", figure: "INTERVIEW", comparison: "BELOW", threshold: "0", fromMonth: "3", fromDay: "31" }),
    actor: "hr",
    sections: ["validation", "attentionRules.validation", "attentionRules"],
  },
  {
    name: "lib/insight/settings/attention-rule-actions.ts#deleteAttentionRuleAction",
    run: (fd) => attentionRules.deleteAttentionRuleAction(blank(), fd),
    base: () => ({ ruleId: "1", version: "1" }),
    actor: "hr",
    sections: ["validation", "attentionRules"],
  },
];

/** Exported actions not fuzzed, and why. */
export const NOT_FUZZED: Readonly<Record<string, string>> = {
  "lib/platform/auth/session-actions.ts#signOutAction": "takes no form; its whole body is Auth.js's signOut, which needs a live request",
  "lib/platform/auth/sign-in-actions.ts#signInWithOidc": "takes no form; its whole body is Auth.js's signIn to the identity provider",
};
