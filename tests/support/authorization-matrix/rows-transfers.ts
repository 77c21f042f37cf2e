import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findOutbox } from "@/lib/messaging/mail/find-outbox";
import { getMailPreference, setEmailDigest } from "@/lib/messaging/notifications/mail-preference";
import { readReminderSettings } from "@/lib/insight/settings/reminder-settings";
import { deleteAttentionRule, findAttentionRules, saveAttentionRule } from "@/lib/insight/settings/attention-rules";
import { findReminderSettings, saveReminderSettings } from "@/lib/insight/settings/save-reminder-settings";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";
import { findTeamTransfers, findTransfers } from "@/lib/people/transfers/find-transfers";
import { getHandover } from "@/lib/people/transfers/get-handover";
import { handoverMenuRole, type HandoverReader, resolveHandoverAccess } from "@/lib/people/transfers/handover-access";
import { assertTransferAdmin, cancelTransfer, scheduleTransfer } from "@/lib/people/transfers/schedule-transfer";
import { writeHandoverNote } from "@/lib/people/transfers/write-handover-note";
import { newcomer } from "./admin-fixtures";
import { batched } from "./batch";
import {
  __,
  type FunctionRow,
  HR_ONLY,
  IN,
  itself,
  listed,
  type Matrix,
  NA,
  NF,
  NO,
  OK,
  type Outcome,
  OUT,
  OWN_LIST,
  row,
  TEAM_LIST,
  YES,
  yes,
} from "./matrix";
import type { Watch } from "./records";
import type { Scene } from "./scenes";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Transfers and their handovers (lib/people/transfers), the reader's e-mail digest
 * (lib/messaging/notifications/mail-preference), the HR division's reminder settings (lib/insight/settings) and
 * the outbox (lib/messaging/mail).
 *
 * A cell's transfer is written straight to the database: a SCHEDULED one moves the subject out
 * of the unit they sit in, a month from today; an APPLIED one brought them into it some days
 * ago, without moving anyone (applying a transfer would move the subject and every view of
 * them). In the former relation the transferred supervisor is named on it, as the old rows name
 * them, and must still get nothing.
 */

const DAY = 86_400_000;
const dayFrom = (s: Scene, days: number) => new Date(toDateColumn(s.world.today).getTime() + days * DAY);
/** "yyyy-mm-dd", `days` from the world's today. */
export const isoDayFrom = (s: Scene, days: number) => dayFrom(s, days).toISOString().slice(0, 10);
/** A unit other than `unitId`, for the other end of a move. */
const elsewhere = (s: Scene, unitId: number) => (unitId === s.world.a.id ? s.world.j.id : s.world.a.id);
const named = (s: Scene) => (s.relation === "former" ? s.actor.employeeId : null);

const insertTransfer = batched((data: Prisma.StaffTransferCreateManyInput[]) =>
  db.staffTransfer.createManyAndReturn({ data, select: { id: true, version: true } }),
);
export type TransferRecord = Awaited<ReturnType<typeof insertTransfer>>;

/** The subject (or `employeeId`, sitting in `unitId`) leaves their unit a month from today. */
export const scheduledTransfer = (s: Scene, employeeId = s.subject, unitId = s.teamUnit.id) =>
  insertTransfer({
    employeeId,
    effectiveOn: dayFrom(s, 30),
    status: "SCHEDULED",
    source: "SCREEN",
    fromUnitId: unitId,
    toUnitId: elsewhere(s, unitId),
    fromSupervisorId: named(s),
    createdById: s.world.trainerId,
  });

/** The subject came into the unit they sit in `daysAgo` days ago. */
export const appliedTransfer = (s: Scene, daysAgo = 10) =>
  insertTransfer({
    employeeId: s.subject,
    effectiveOn: dayFrom(s, -daysAgo),
    status: "APPLIED",
    source: "SCREEN",
    fromUnitId: elsewhere(s, s.teamUnit.id),
    toUnitId: s.teamUnit.id,
    toSupervisorId: named(s),
    createdById: s.world.trainerId,
    appliedAt: dayFrom(s, -daysAgo),
  });

/** A fresh person in 青葉区 (admin-fixtures.ts) and a transfer of theirs still waiting for its date: HR's screens work on them. */
const newcomerLeaving = async (s: Scene) => {
  const person = await newcomer(s);
  return { ...person, ...(await scheduledTransfer(s, person.id, s.world.a.id)) };
};

export const transferWatch = (t: { id: number }): Watch[] => [["staff_transfer", "id", t.id]];

/**
 * Who reads a handover: the person moved, whoever supervises them today (the team), the HR
 * division. Nobody else — not the bureau coordinator, not HQ, not the supervisor moved away.
 */
export const HANDOVER_READERS: Matrix = {
  own: [OK, OK, OK, OK, OK],
  team: [NF, OK, NF, OK, __],
  bureau: [NF, NF, NF, OK, __],
  other: [NF, NF, NF, OK, NF],
  former: [__, NF, __, __, __],
};
/** The same readers, for a yes/no about what they got: the owner's is always `no` (no audit row, no pen). */
const READERS_BUT_OWNER = (team: Outcome, hr: Outcome): Matrix => ({
  own: [NO, NO, NO, NO, NO],
  team: [NF, team, NF, hr, __],
  bureau: [NF, NF, NF, hr, __],
  other: [NF, NF, NF, hr, NF],
  former: [__, NF, __, __, __],
});
/** Only the supervisor of the person today writes the note; everyone else does not find the transfer. */
const NOTE_WRITER = (team: Outcome): Matrix => ({
  own: [NF, NF, NF, NF, NF],
  team: [NF, team, NF, NF, __],
  bureau: [NF, NF, NF, NF, __],
  other: [NF, NF, NF, NF, NF],
  former: [__, NF, __, __, __],
});

const expectedReader = (s: Scene): HandoverReader => (s.subject === s.actor.employeeId ? "EMPLOYEE" : s.role === "supervisor" ? "SUPERVISOR" : "HR_DIVISION");

/** Gives the actor and the subject an address on file (e-mail addresses are unique). */
const withAddresses = async (s: Scene) => {
  await db.employee.update({ where: { id: s.actor.employeeId }, data: { email: `az-${s.n}-a@example.invalid` } });
  if (s.subject !== s.actor.employeeId) await db.employee.update({ where: { id: s.subject }, data: { email: `az-${s.n}-s@example.invalid` } });
};
const subjectAddress = (s: Scene) => (s.subject === s.actor.employeeId ? `az-${s.n}-a@example.invalid` : `az-${s.n}-s@example.invalid`);

const insertMail = batched((data: Prisma.MailOutboxCreateManyInput[]) => db.mailOutbox.createManyAndReturn({ data, select: { id: true } }));

const TRANSFERS = "lib/people/transfers/schedule-transfer.ts";
const ACCESS = "lib/people/transfers/handover-access.ts";
const HANDOVER = "lib/people/transfers/get-handover.ts";
const NOTE = "lib/people/transfers/write-handover-note.ts";
const LISTS = "lib/people/transfers/find-transfers.ts";
const MAIL = "lib/messaging/notifications/mail-preference.ts";
const SETTINGS = "lib/insight/settings/save-reminder-settings.ts";
const RULES = "lib/insight/settings/attention-rules.ts";
/** A rule of 要確認 that never fires: nothing is below 0 %. */
export const QUIET_RULE = { figure: "INTERVIEW", comparison: "BELOW", threshold: 0, fromMonth: 3, fromDay: 31 } as const;

export const transferRows: FunctionRow[] = [
  // --- the HR division's screen ---------------------------------------------------------------
  // The actions run this before reading a form, so that a form's fields are not revealed.
  row({ fn: "assertTransferAdmin", file: TRANSFERS, kind: "helper", matrix: HR_ONLY, act: async (s) => assertTransferAdmin(s.actor) }),
  row({
    fn: "scheduleTransfer",
    file: TRANSFERS,
    kind: "write",
    matrix: HR_ONLY,
    arrange: newcomer,
    act: (s, person) => scheduleTransfer(s.actor, { staffNumber: person.staffNumber, unitCode: s.world.j.code, effectiveOn: isoDayFrom(s, 30) }),
    watch: (person) => [["staff_transfer", "employee_id", person.id]],
  }),
  row({
    fn: "cancelTransfer",
    file: TRANSFERS,
    kind: "write",
    matrix: HR_ONLY,
    arrange: newcomerLeaving,
    act: (s, t) => cancelTransfer(s.actor, { transferId: t.id, version: t.version }),
    watch: transferWatch,
  }),
  row({
    fn: "findTransfers",
    file: LISTS,
    variant: "scheduled",
    kind: "read",
    // HR's list is the city's: a move in another 局 is in it.
    matrix: { other: [NF, NF, NF, IN, NF] },
    arrange: (s) => scheduledTransfer(s),
    act: (s) => findTransfers(s.actor),
    judge: (lists, t) => listed(lists.scheduled.some((entry) => entry.id === t.id)),
  }),
  row({
    fn: "findTransfers",
    file: LISTS,
    variant: "applied",
    kind: "read",
    matrix: { other: [NF, NF, NF, IN, NF] },
    arrange: (s) => appliedTransfer(s),
    act: (s) => findTransfers(s.actor),
    judge: (lists, t) => listed(lists.applied.some((entry) => entry.id === t.id)),
  }),

  // --- the supervisor's lists -------------------------------------------------------------------
  row({
    fn: "findTeamTransfers",
    file: LISTS,
    variant: "leaving",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: (s) => scheduledTransfer(s),
    act: (s) => findTeamTransfers(s.actor),
    judge: (lists, t) => listed(lists.leaving.some((entry) => entry.id === t.id)),
  }),
  row({
    fn: "findTeamTransfers",
    file: LISTS,
    variant: "arrived",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: (s) => appliedTransfer(s),
    act: (s) => findTeamTransfers(s.actor),
    judge: (lists, t) => listed(lists.arrived.some((entry) => entry.id === t.id)),
  }),
  row({
    fn: "findTeamTransfers",
    file: LISTS,
    variant: "arrived more than 90 days ago",
    kind: "read",
    matrix: { team: [NF, OUT, NF, NF, __] },
    arrange: (s) => appliedTransfer(s, 120),
    act: (s) => findTeamTransfers(s.actor),
    judge: (lists, t) => listed(lists.arrived.some((entry) => entry.id === t.id)),
  }),

  // --- the handover -----------------------------------------------------------------------------
  row({
    fn: "resolveHandoverAccess",
    file: ACCESS,
    variant: "before the move",
    kind: "read",
    matrix: HANDOVER_READERS,
    arrange: (s) => scheduledTransfer(s),
    act: (s, t) => resolveHandoverAccess(s.actor, t.id),
    judge: (access, _t, s) => itself(access.employeeId === s.subject && access.reader === expectedReader(s)),
  }),
  row({
    fn: "resolveHandoverAccess",
    file: ACCESS,
    variant: "after the move",
    kind: "read",
    // The new supervisor reads it; the one who received them and moved away since does not.
    matrix: HANDOVER_READERS,
    arrange: (s) => appliedTransfer(s),
    act: (s, t) => resolveHandoverAccess(s.actor, t.id),
    judge: (access, _t, s) => itself(access.employeeId === s.subject && access.reader === expectedReader(s)),
  }),
  row({
    fn: "getHandover",
    file: HANDOVER,
    kind: "read",
    matrix: HANDOVER_READERS,
    arrange: (s) => scheduledTransfer(s),
    act: (s, t) => getHandover(s.actor, t.id),
    judge: (handover, t) => itself(handover.transfer.id === t.id),
  }),
  row({
    fn: "handoverMenuRole",
    file: ACCESS,
    kind: "read",
    // The menu a detail page belongs to: asked of the same read as the page, so it answers (and
    // refuses) exactly as the page does, and names a menu the reader has.
    matrix: HANDOVER_READERS,
    arrange: (s) => scheduledTransfer(s),
    act: (s, t) => handoverMenuRole(s.actor, t.id),
    judge: (menu, _t, s) => itself(menu === expectedReader(s)),
  }),
  row({
    fn: "getHandover",
    file: HANDOVER,
    variant: "audited",
    kind: "read",
    // Reading someone else's handover leaves a transfer.view row; reading one's own does not.
    matrix: READERS_BUT_OWNER(YES, YES),
    arrange: (s) => scheduledTransfer(s),
    act: async (s, t) => {
      await getHandover(s.actor, t.id);
      return db.auditLog.count({
        where: { actorId: s.actor.employeeId, action: "transfer.view" satisfies AuditAction, entity: "staff_transfer", entityId: String(t.id) },
      });
    },
    judge: (audits) => yes(audits > 0),
  }),
  row({
    fn: "getHandover",
    file: HANDOVER,
    variant: "note offered",
    kind: "read",
    matrix: READERS_BUT_OWNER(YES, NO),
    arrange: (s) => scheduledTransfer(s),
    act: (s, t) => getHandover(s.actor, t.id),
    judge: (handover) => yes(handover.canWriteNote),
  }),
  row({
    fn: "writeHandoverNote",
    file: NOTE,
    variant: "scheduled",
    kind: "write",
    matrix: NOTE_WRITER(OK),
    arrange: (s) => scheduledTransfer(s),
    act: (s, t) => writeHandoverNote(s.actor, { transferId: t.id, note: "面談は6月に実施済み。", version: t.version }),
    watch: transferWatch,
  }),
  row({
    fn: "writeHandoverNote",
    file: NOTE,
    variant: "applied",
    kind: "write",
    // Once the move has taken effect the note is closed, even to the supervisor who reads it now.
    matrix: NOTE_WRITER(NA),
    arrange: (s) => appliedTransfer(s),
    act: (s, t) => writeHandoverNote(s.actor, { transferId: t.id, note: "遅れて書いた", version: t.version }),
    watch: transferWatch,
  }),

  // --- the reader's e-mail digest ----------------------------------------------------------------
  row({
    fn: "getMailPreference",
    file: MAIL,
    kind: "read",
    // `listed`: what came back is the subject's address, i.e. the subject is the actor.
    matrix: OWN_LIST,
    arrange: withAddresses,
    act: (s) => getMailPreference(s.actor),
    judge: (preference, _a, s) => listed(preference.email === subjectAddress(s)),
  }),
  row({
    fn: "setEmailDigest",
    file: MAIL,
    kind: "write",
    // `listed`: the subject's own setting took the choice — only when the subject is the actor.
    matrix: OWN_LIST,
    arrange: withAddresses,
    act: async (s) => {
      await setEmailDigest(s.actor, true);
      return (await db.employee.findUniqueOrThrow({ where: { id: s.subject }, select: { emailDigest: true } })).emailDigest;
    },
    judge: (on) => listed(on),
    watch: (_a, s) => [["employee", "id", s.subject]],
  }),
  row({
    fn: "setEmailDigest",
    file: MAIL,
    variant: "no address on file",
    kind: "write",
    matrix: { none: [NA, NA, NA, NA, NA] },
    act: (s) => setEmailDigest(s.actor, true),
    watch: (_a, s) => [["employee", "id", s.actor.employeeId]],
  }),

  // --- the HR division's reminder settings and outbox ------------------------------------------
  row({
    fn: "assertSettingsEditor",
    file: "lib/insight/settings/settings-access.ts",
    kind: "helper",
    matrix: HR_ONLY,
    act: async (s) => assertSettingsEditor(s.actor),
  }),
  row({ fn: "findReminderSettings", file: SETTINGS, kind: "read", matrix: HR_ONLY, act: (s) => findReminderSettings(s.actor) }),
  row({
    fn: "saveReminderSettings",
    file: SETTINGS,
    kind: "write",
    // The setting is the city's, shared by every cell: the allowed call saves what is there already (audited all the same).
    matrix: HR_ONLY,
    arrange: () => readReminderSettings(db),
    act: (s, current) => saveReminderSettings(s.actor, { ...current.settings, version: current.version }),
  }),
  // --- the HR division's rules of 要確認 (lib/insight/settings/attention-rules.ts) ----------------------
  // A rule that can never fire (interview rate below 0 %), so the cells' rules flag no section
  // another row reads.
  row({ fn: "findAttentionRules", file: RULES, kind: "read", matrix: HR_ONLY, act: (s) => findAttentionRules(s.actor) }),
  row({
    fn: "saveAttentionRule",
    file: RULES,
    variant: "add",
    kind: "write",
    matrix: HR_ONLY,
    act: (s) => saveAttentionRule(s.actor, { ...QUIET_RULE, fromDay: 1 + (s.n % 28) }),
  }),
  row({
    fn: "saveAttentionRule",
    file: RULES,
    variant: "change",
    kind: "write",
    matrix: HR_ONLY,
    arrange: () => db.attentionRule.create({ data: QUIET_RULE, select: { id: true } }),
    act: (s, rule) => saveAttentionRule(s.actor, { ...QUIET_RULE, ruleId: rule.id, version: 1, fromMonth: 4, fromDay: 1 }),
    watch: (rule) => [["attention_rule", "id", rule.id]],
  }),
  row({
    fn: "deleteAttentionRule",
    file: RULES,
    kind: "write",
    matrix: HR_ONLY,
    arrange: () => db.attentionRule.create({ data: QUIET_RULE, select: { id: true } }),
    act: (s, rule) => deleteAttentionRule(s.actor, { ruleId: rule.id, version: 1 }),
    watch: (rule) => [["attention_rule", "id", rule.id]],
  }),
  row({
    fn: "findOutbox",
    file: "lib/messaging/mail/find-outbox.ts",
    kind: "read",
    matrix: { none: [NF, NF, NF, IN, NF] },
    arrange: (s) =>
      insertMail({
        recipientId: s.actor.employeeId,
        toAddress: `az-${s.n}@example.invalid`,
        subject: "試験",
        body: "試験",
        digestOn: toDateColumn(s.world.today),
      }),
    act: (s) => findOutbox(s.actor),
    judge: (mails, mail) => listed(mails.some((entry) => entry.id === mail.id)),
  }),
];
