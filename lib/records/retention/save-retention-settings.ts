import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { conflict } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";
import { readRetentionSettings, RETENTION_KINDS, RETENTION_SETTINGS_KEY, type RetentionSettings, retentionSettingsFormSchema } from "./retention-settings";
import { type RetentionCounts, runRetention } from "./run-retention";

/** The retention periods and their version, as the HR division's settings page shows them. */
export async function findRetentionSettings(actor: Actor): Promise<{ settings: RetentionSettings; version: number }> {
  assertSettingsEditor(actor);
  return readRetentionSettings(db);
}

/**
 * The HR division sets how many years each kind of personal record is kept; audited with
 * before → after. Guarded by the version the officer saw, so a colleague's change is never
 * silently undone. The next background round (or "run now") applies it.
 */
export async function saveRetentionSettings(actor: Actor, input: unknown): Promise<void> {
  assertSettingsEditor(actor);
  const { version, ...data } = parseInput(retentionSettingsFormSchema, input);
  await db.$transaction(async (tx) => {
    // Two officers saving at once take turns, so the second meets the first's version.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`setting:${RETENTION_SETTINGS_KEY}`}, 0))`;
    const { settings: before, version: current } = await readRetentionSettings(tx);
    // Saving what is already there undoes nobody's change, whichever version the form carried.
    const unchanged = RETENTION_KINDS.every((kind) => before[kind] === data[kind]);
    if (current !== version && !unchanged) throw conflict("settings");
    await tx.setting.upsert({ where: { key: RETENTION_SETTINGS_KEY }, create: { key: RETENTION_SETTINGS_KEY, value: data }, update: { value: data } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "retention.update",
      entity: "setting",
      entityId: RETENTION_SETTINGS_KEY,
      detail: { before, after: data },
    });
  });
}

/** The HR division runs the retention now rather than waiting for the background round; audited as theirs. */
export async function runRetentionNow(actor: Actor): Promise<RetentionCounts> {
  assertSettingsEditor(actor);
  return runRetention(db, tokyoDate(), actor.employeeId);
}

const runDetailSchema = z.object({ counts: z.partialRecord(z.enum([...RETENTION_KINDS, "auditDetailsErased"]), z.number()) });

/** The last run that destroyed something or was asked for, with its counts per kind: what the settings page reports. */
export async function findLastRetentionRun(actor: Actor): Promise<{ at: Date; byPerson: boolean; counts: Partial<RetentionCounts> } | null> {
  assertSettingsEditor(actor);
  const row = await db.auditLog.findFirst({ where: { action: "retention.run" }, orderBy: { id: "desc" }, select: { at: true, actorId: true, detail: true } });
  if (!row) return null;
  const detail = runDetailSchema.safeParse(row.detail);
  return { at: row.at, byPerson: row.actorId !== null, counts: detail.success ? detail.data.counts : {} };
}
