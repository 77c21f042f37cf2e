import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { conflict } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { assertSettingsEditor } from "./settings-access";
import { readReminderSettings, REMINDER_SETTINGS_KEY, type ReminderSettings, reminderSettingsFormSchema } from "./reminder-settings";

/** The HR division's reminder settings and their version, as its page shows them. */
export async function findReminderSettings(actor: Actor): Promise<{ settings: ReminderSettings; version: number }> {
  assertSettingsEditor(actor);
  return readReminderSettings(db);
}

/**
 * The HR division changes when plans count as overdue and when digests are written; audited.
 * Guarded by the version the officer saw, so a colleague's change is never silently undone.
 */
export async function saveReminderSettings(actor: Actor, input: unknown): Promise<void> {
  assertSettingsEditor(actor);
  const { version, ...data } = parseInput(reminderSettingsFormSchema, input);
  await db.$transaction(async (tx) => {
    // Two officers saving at once take turns, so the second meets the first's version.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`setting:${REMINDER_SETTINGS_KEY}`}, 0))`;
    const { settings: before, version: current } = await readReminderSettings(tx);
    // Saving what is already there undoes nobody's change, whichever version the form carried.
    const unchanged = before.reviewOverdueDays === data.reviewOverdueDays && before.digestTime === data.digestTime;
    if (current !== version && !unchanged) throw conflict("settings");
    await tx.setting.upsert({ where: { key: REMINDER_SETTINGS_KEY }, create: { key: REMINDER_SETTINGS_KEY, value: data }, update: { value: data } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "settings.reminders",
      entity: "setting",
      entityId: REMINDER_SETTINGS_KEY,
      detail: { before, after: data },
    });
  });
}
