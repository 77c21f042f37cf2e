import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/records/parse-input";
import { getReminderSettings, REMINDER_SETTINGS_KEY, type ReminderSettings, reminderSettingsSchema } from "./reminder-settings";

/** The HR division's reminder settings, as its page shows them. */
export async function findReminderSettings(actor: Actor): Promise<ReminderSettings> {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("settings");
  return getReminderSettings(db);
}

/** The HR division changes when plans count as overdue and when digests are written; audited. */
export async function saveReminderSettings(actor: Actor, input: unknown): Promise<void> {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("settings");
  const data = parseInput(reminderSettingsSchema, input);
  await db.$transaction(async (tx) => {
    const before = await getReminderSettings(tx);
    await tx.setting.upsert({ where: { key: REMINDER_SETTINGS_KEY }, create: { key: REMINDER_SETTINGS_KEY, value: data }, update: { value: data } });
    await recordAudit(tx, { actorId: actor.employeeId, action: "settings.reminders", entity: "setting", entityId: REMINDER_SETTINGS_KEY, detail: { before, after: data } });
  });
}
