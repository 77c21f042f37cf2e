import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import type { ExportDocument } from "@/lib/platform/exports/export-document";
import type { Locale } from "@/lib/platform/i18n/locales";
import { assertCityReader, sharedHqReport } from "./get-hq-report";
import { hqReportDocument } from "./report-document";

/**
 * The headquarters report of a fiscal year as a workbook for the meeting papers: the same shared
 * report the page prints, for the same readers (the HR division and the headquarters; anyone
 * else gets NOT_FOUND), audited as an export since the file leaves the portal.
 */
export async function exportHqReport(
  actor: Actor,
  options: { fiscalYear: number; dates?: Locale; today?: CalendarDate; figureCacheSeconds?: number },
): Promise<{ document: ExportDocument; asciiName: string }> {
  assertCityReader(actor);
  const { fiscalYear } = options;
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: actor.employeeId, action: "export.hq-report", entity: "hq_report", entityId: fiscalYear, detail: { format: "xlsx" } }),
  );
  const report = await sharedHqReport(fiscalYear, options.today ?? tokyoDate(), options.figureCacheSeconds);
  return { document: hqReportDocument(report, options.dates), asciiName: `hq-report-${fiscalYear}` };
}
