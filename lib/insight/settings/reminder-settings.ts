import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The HR division's settings for reminders and e-mail digests (the `setting` row "reminders"). */
export const reminderSettingsSchema = z.object({
  /** a submitted plan not reviewed after this many days reminds its supervisors */
  reviewOverdueDays: z.coerce
    .number({ error: "validation.number" })
    .int({ error: "validation.number" })
    .min(1, { error: "validation.range" })
    .max(60, { error: "validation.range" }),
  /** the time of day (Japan) at which the day's digests are written, "HH:MM" */
  digestTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" }),
});
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

/** The form adds the version the HR officer saw (the row's last change, 0 while unset). */
export const reminderSettingsFormSchema = reminderSettingsSchema.extend({ version: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });
export type ReminderSettingsForm = z.output<typeof reminderSettingsFormSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { reviewOverdueDays: 7, digestTime: "08:00" };
export const REMINDER_SETTINGS_KEY = "reminders";

export async function getReminderSettings(client: Pick<PrismaClient, "setting">): Promise<ReminderSettings> {
  return (await readReminderSettings(client)).settings;
}

/** The settings with their version, for a form that must not overwrite a colleague's change. */
export async function readReminderSettings(client: Pick<PrismaClient, "setting">): Promise<{ settings: ReminderSettings; version: number }> {
  const row = await client.setting.findUnique({ where: { key: REMINDER_SETTINGS_KEY }, select: { value: true, updatedAt: true } });
  const parsed = reminderSettingsSchema.safeParse(row?.value);
  return { settings: parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS, version: row?.updatedAt.getTime() ?? 0 };
}
