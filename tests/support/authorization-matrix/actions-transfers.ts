import { deleteAttentionRuleAction, saveAttentionRuleAction } from "@/lib/insight/settings/attention-rule-actions";
import { saveReminderSettingsAction } from "@/lib/insight/settings/reminder-settings-actions";
import { cancelTransferAction, scheduleTransferAction } from "@/lib/people/transfers/transfer-actions";
import { writeHandoverNoteAction } from "@/lib/people/transfers/handover-actions";
import { setEmailDigestAction } from "@/lib/messaging/notifications/notification-actions";
import { db } from "@/lib/platform/db/client";
import { readReminderSettings, REMINDER_SETTINGS_KEY } from "@/lib/insight/settings/reminder-settings";
import { actionRow, type ActionRow, by, HR_CASES, HR_WITH_MISSING, missing, signedOut, stale, tampered } from "./action-matrix";
import { newcomer } from "./admin-fixtures";
import { isoDayFrom, QUIET_RULE, scheduledTransfer, transferWatch } from "./rows-transfers";
import type { Scene } from "./scenes";

/**
 * Transfers (app/(portal)/city/transfers), the handover note (app/(portal)/handovers), the
 * e-mail digest switch (app/(portal)/notifications) and the reminder settings
 * (the HR settings page, app/(portal)/city/settings). Records as in rows-transfers.ts.
 */

const INITIAL = { ok: false, fieldErrors: {} };
const TRANSFERS = "lib/people/transfers/transfer-actions.ts";
const RULES = "lib/insight/settings/attention-rule-actions.ts";

/** A newcomer in 青葉区 with a transfer of theirs still waiting for its date. */
const newcomerLeaving = async (s: Scene) => {
  const person = await newcomer(s);
  return { person, transfer: await scheduledTransfer(s, person.id, s.world.a.id) };
};

export const transferActionRows: ActionRow[] = [
  actionRow({
    action: "scheduleTransferAction",
    file: TRANSFERS,
    // Tampered: the row's status, source, author, person and version come from lib, not the form.
    cases: [...HR_CASES, by("supervisor", "none", "notFound"), by("hr", "none", "invalid", { staffNumber: "AZ-NO-SUCH-PERSON" }), tampered("hr", "none")],
    arrange: newcomer,
    form: (s, person) => ({ staffNumber: person.staffNumber, unitCode: s.world.j.code, supervisorStaffNumber: "", effectiveOn: isoDayFrom(s, 30) }),
    tamper: (s) => ({
      status: "APPLIED",
      source: "IMPORT",
      employeeId: String(s.actor.employeeId),
      createdById: String(s.world.trainerId),
      toUnitId: String(s.world.k.id),
      version: "7",
    }),
    landed: async (s, person) =>
      (await db.staffTransfer.count({
        where: {
          OR: [
            { employeeId: s.actor.employeeId },
            {
              employeeId: person.id,
              OR: [
                { status: { not: "SCHEDULED" } },
                { source: { not: "SCREEN" } },
                { createdById: { not: s.actor.employeeId } },
                { toUnitId: { not: s.world.j.id } },
                { version: { not: 1 } },
              ],
            },
          ],
        },
      })) > 0,
    invoke: (form) => scheduleTransferAction(INITIAL, form),
    watch: (person) => [["staff_transfer", "employee_id", person.id]],
  }),
  actionRow({
    action: "cancelTransferAction",
    file: TRANSFERS,
    cases: [...HR_WITH_MISSING, by("supervisor", "none", "notFound"), stale("hr", "none")],
    arrange: newcomerLeaving,
    form: (_, { transfer }) => ({ transferId: String(transfer.id), version: String(transfer.version) }),
    idField: "transferId",
    versionField: "version",
    invoke: (form) => cancelTransferAction(INITIAL, form),
    watch: ({ transfer }) => transferWatch(transfer),
  }),
  actionRow({
    action: "writeHandoverNoteAction",
    file: "lib/people/transfers/handover-actions.ts",
    // Only the person's supervisor today; a version on someone else's transfer still answers "not found".
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("supervisor", "own", "notFound"),
      by("supervisor", "bureau", "notFound"),
      by("supervisor", "former", "notFound"),
      by("employee", "own", "notFound"),
      by("employee", "team", "notFound"),
      by("coordinator", "team", "notFound"),
      by("hr", "other", "notFound"),
      by("hq", "other", "notFound"),
      missing("supervisor", "team"),
      stale("supervisor", "team"),
      { ...stale("hr", "other"), expected: "notFound" },
      tampered("supervisor", "team"),
    ],
    arrange: (s) => scheduledTransfer(s),
    form: (_, t) => ({ transferId: String(t.id), note: "面談は6月に実施済み。", version: String(t.version) }),
    idField: "transferId",
    versionField: "version",
    tamper: (s) => ({
      status: "CANCELLED",
      handoverNoteById: String(s.world.trainerId),
      employeeId: String(s.world.trainerId),
      toUnitId: String(s.world.k.id),
      effectiveOn: isoDayFrom(s, 1),
    }),
    landed: async (s, t) =>
      (await db.staffTransfer.count({
        where: {
          id: t.id,
          OR: [
            { status: { not: "SCHEDULED" } },
            { handoverNoteById: { not: s.actor.employeeId } },
            { employeeId: { not: s.subject } },
            { toUnitId: s.world.k.id },
          ],
        },
      })) > 0,
    invoke: (form) => writeHandoverNoteAction(INITIAL, form),
    watch: transferWatch,
  }),
  actionRow({
    action: "setEmailDigestAction",
    file: "lib/messaging/notifications/notification-actions.ts",
    // × none: the actor has no address on file, so a digest cannot be switched on. Tampered:
    // a colleague's id in the form — only the actor's own setting changes.
    cases: [
      signedOut("employee", "own"),
      by("employee", "own", "ok"),
      by("hr", "own", "ok"),
      by("employee", "none", "notAllowed"),
      tampered("employee", "team"),
    ],
    arrange: async (s) => {
      if (s.relation === "none") return;
      await db.employee.update({ where: { id: s.actor.employeeId }, data: { email: `az-${s.n}-a@example.invalid` } });
      if (s.subject !== s.actor.employeeId) await db.employee.update({ where: { id: s.subject }, data: { email: `az-${s.n}-s@example.invalid` } });
    },
    form: () => ({ emailDigest: "on" }),
    tamper: (s) => ({ employeeId: String(s.subject), id: String(s.subject), email: `az-${s.n}-x@example.invalid` }),
    landed: async (s) =>
      (await db.employee.count({ where: { OR: [{ id: s.subject, emailDigest: true }, { email: `az-${s.n}-x@example.invalid` }] } })) > 0 &&
      s.subject !== s.actor.employeeId,
    invoke: (form) => setEmailDigestAction(form),
    watch: (_, s) => [
      ["employee", "id", s.actor.employeeId],
      ["employee", "id", s.subject],
    ],
  }),
  actionRow({
    action: "saveReminderSettingsAction",
    file: "lib/insight/settings/reminder-settings-actions.ts",
    // The setting is the city's, shared by every case: the allowed ones save what is there already.
    cases: [...HR_CASES, by("supervisor", "none", "notFound"), by("hr", "none", "invalid", { reviewOverdueDays: "0" }), tampered("hr", "none")],
    arrange: () => readReminderSettings(db),
    form: (_, current) => ({
      reviewOverdueDays: String(current.settings.reviewOverdueDays),
      digestTime: current.settings.digestTime,
      version: String(current.version),
    }),
    tamper: (s) => ({ key: `az-${s.n}`, value: "{}", sendTo: "someone@example.invalid" }),
    landed: async (s) => {
      const stored = await db.setting.findUnique({ where: { key: REMINDER_SETTINGS_KEY }, select: { value: true } });
      const keys = stored?.value && typeof stored.value === "object" ? Object.keys(stored.value) : [];
      return (await db.setting.count({ where: { key: `az-${s.n}` } })) > 0 || keys.some((key) => key !== "reviewOverdueDays" && key !== "digestTime");
    },
    invoke: (form) => saveReminderSettingsAction(INITIAL, form),
  }),
  actionRow({
    action: "saveAttentionRuleAction",
    file: RULES,
    // Changing a rule that never fires (rows-transfers.ts): the form names it and its version.
    cases: [...HR_WITH_MISSING, stale("hr", "none"), by("hr", "none", "invalid", { fromMonth: "6", fromDay: "31" }), tampered("hr", "none")],
    arrange: () => db.attentionRule.create({ data: QUIET_RULE, select: { id: true, version: true } }),
    form: (_, rule) => ({
      ruleId: String(rule.id),
      version: String(rule.version),
      figure: QUIET_RULE.figure,
      comparison: QUIET_RULE.comparison,
      threshold: "0",
      fromMonth: "4",
      fromDay: "1",
    }),
    idField: "ruleId",
    versionField: "version",
    // Tampered: the row's own id, its creation and its version come from the database, not the form.
    tamper: () => ({ id: "1", createdAt: "2000-01-01T00:00:00Z", updatedAt: "2000-01-01T00:00:00Z" }),
    landed: async () =>
      (await db.attentionRule.count({ where: { OR: [{ createdAt: { lt: new Date("2001-01-01") } }, { updatedAt: { lt: new Date("2001-01-01") } }] } })) > 0,
    invoke: (form) => saveAttentionRuleAction(INITIAL, form),
    watch: (rule) => [["attention_rule", "id", rule.id]],
  }),
  actionRow({
    action: "deleteAttentionRuleAction",
    file: RULES,
    cases: [...HR_WITH_MISSING, stale("hr", "none")],
    arrange: () => db.attentionRule.create({ data: QUIET_RULE, select: { id: true, version: true } }),
    form: (_, rule) => ({ ruleId: String(rule.id), version: String(rule.version) }),
    idField: "ruleId",
    versionField: "version",
    invoke: (form) => deleteAttentionRuleAction(INITIAL, form),
    watch: (rule) => [["attention_rule", "id", rule.id]],
  }),
];
