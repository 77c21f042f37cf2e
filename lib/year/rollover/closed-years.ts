import "server-only";
import { cache } from "react";
import { db } from "@/lib/platform/db/client";

/**
 * The fiscal years the HR division has closed (a handful of rows), once per request. A plan of
 * a closed year can no longer be reviewed by a supervisor (assert-year-open.ts), so work queues
 * leave it out rather than offer what cannot be done.
 */
export const closedFiscalYears = cache(async (): Promise<number[]> => {
  const rows = await db.fiscalYear.findMany({ where: { status: "CLOSED" }, select: { year: true }, orderBy: { year: "asc" } });
  return rows.map((row) => row.year);
});
