import type { Actor } from "@/lib/platform/auth/roles";
import { db as defaultDb } from "@/lib/platform/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assertSettingsEditor } from "./settings-access";
import { z } from "zod";

export const COUNT_VERIFIED_ONLY_KEY = "countVerifiedOnly";

/**
 * Whether the dashboards count only confirmed trainings and qualifications (true) or every
 * declared one (false, the default: the portal started without confirmation, and switching it
 * on must be the HR division's decision, not a side effect of an upgrade). A setting the HR
 * division owns (set-count-verified-only.ts).
 */
export async function getCountVerifiedOnly(db: Pick<PrismaClient, "setting">): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: COUNT_VERIFIED_ONLY_KEY }, select: { value: true } });
  const parsed = z.boolean().safeParse(row?.value);
  return parsed.success ? parsed.data : false;
}

/** The setting as the HR division's settings page shows it: NOT_FOUND for anyone else. */
export async function readCountVerifiedOnly(actor: Actor): Promise<boolean> {
  assertSettingsEditor(actor);
  return getCountVerifiedOnly(defaultDb);
}
