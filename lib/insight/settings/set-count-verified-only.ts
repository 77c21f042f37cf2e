import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { conflict } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { checkbox } from "@/lib/platform/validation/fields";
import { assertSettingsEditor } from "./settings-access";
import { COUNT_VERIFIED_ONLY_KEY, getCountVerifiedOnly } from "./count-verified-only";

/** The new value, and the one the HR officer saw: a setting changed by a colleague since is not silently flipped back. */
export const countVerifiedOnlySchema = z.object({ countVerifiedOnly: checkbox, previous: checkbox });
export type CountVerifiedOnlyInput = z.output<typeof countVerifiedOnlySchema>;

/**
 * Switches whether the dashboards count only confirmed records. The HR division's alone (anyone
 * else: NOT_FOUND); audited in the same transaction. The figure cache needs no clearing: the
 * setting is part of every cached figure's key (lib/insight/figure-cache/shared-figures.ts).
 */
export async function setCountVerifiedOnly(actor: Actor, input: CountVerifiedOnlyInput): Promise<void> {
  assertSettingsEditor(actor);
  const data = parseInput(countVerifiedOnlySchema, input);
  await db.$transaction(async (tx) => {
    // Two officers saving at once take turns, so the second sees the first's value.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`setting:${COUNT_VERIFIED_ONLY_KEY}`}, 0))`;
    const current = await getCountVerifiedOnly(tx);
    if (current !== data.previous) throw conflict("setting");
    if (current === data.countVerifiedOnly) return;
    await tx.setting.upsert({
      where: { key: COUNT_VERIFIED_ONLY_KEY },
      create: { key: COUNT_VERIFIED_ONLY_KEY, value: data.countVerifiedOnly },
      update: { value: data.countVerifiedOnly },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "setting.update",
      entity: "setting",
      entityId: COUNT_VERIFIED_ONLY_KEY,
      detail: { before: current, after: data.countVerifiedOnly },
    });
  });
}
