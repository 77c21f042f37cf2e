import type { PrismaClient } from "@/lib/generated/prisma/client";
import { z } from "zod";

export const DEFAULT_YOUNG_STAFF_YEARS = 10;

/** 若手職員 threshold in years of service; a setting the HR division owns. */
export async function getYoungStaffYears(db: Pick<PrismaClient, "setting">): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: "youngStaffYears" }, select: { value: true } });
  const parsed = z.number().int().min(1).max(40).safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_YOUNG_STAFF_YEARS;
}
