import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The condition every figure adds to its training_record (or qualification_record) rows: none,
 * or only confirmed records when the HR division has chosen so (lib/insight/settings/count-verified-only.ts).
 * Applied in SQL, so the dashboards still aggregate in the database. `table` is the table name
 * or alias the statement uses; a fixed identifier from the code, never input.
 */
export function countedRecordsSql(verifiedOnly: boolean, table: "training_record" | "qualification_record"): Prisma.Sql {
  return verifiedOnly ? Prisma.sql`AND ${Prisma.raw(`${table}.verified_at`)} IS NOT NULL` : Prisma.empty;
}
