import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { conflict } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";
import { ACHIEVEMENT_SCALE_KEY, type AchievementLevel, type AchievementScaleSave, achievementScaleSaveSchema, readAchievementScale } from "./achievement-scale";

/** The 達成度 scale and its version, as the HR division's settings page shows it. */
export async function findAchievementScale(actor: Actor): Promise<{ levels: AchievementLevel[]; version: number }> {
  assertSettingsEditor(actor);
  return readAchievementScale(db);
}

/**
 * The HR division sets the scale commitments are rated on; audited with before → after and
 * guarded by the version the officer saw. Ratings already given keep their code (a distribution
 * shows a code no longer on the scale as it was written).
 */
export async function saveAchievementScale(actor: Actor, input: AchievementScaleSave): Promise<void> {
  assertSettingsEditor(actor);
  const { levels, version } = parseInput(achievementScaleSaveSchema, input);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`setting:${ACHIEVEMENT_SCALE_KEY}`}, 0))`;
    const { levels: before, version: current } = await readAchievementScale(tx);
    const unchanged = JSON.stringify(before) === JSON.stringify(levels);
    if (current !== version && !unchanged) throw conflict("settings");
    await tx.setting.upsert({
      where: { key: ACHIEVEMENT_SCALE_KEY },
      create: { key: ACHIEVEMENT_SCALE_KEY, value: { levels } },
      update: { value: { levels } },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "year-end.scale",
      entity: "setting",
      entityId: ACHIEVEMENT_SCALE_KEY,
      detail: { before, after: levels },
    });
  });
}
