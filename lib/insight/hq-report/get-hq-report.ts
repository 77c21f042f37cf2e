import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { unitPathsInScope } from "@/lib/people/org/scope";
import { type BureauComparison, compareBureaus } from "./bureau-comparison";
import { type AreaState, getMeasureStates } from "./measure-state";
import { deriveFindings, type Findings } from "./report-rules";

export interface HqReport {
  fiscalYear: number;
  issuedOn: CalendarDate;
  promotionPlan: { phase: number; name: string; startFiscalYear: number; endFiscalYear: number } | null;
  areas: AreaState[];
  comparison: BureauComparison;
  findings: Findings;
}

/**
 * The city-wide view is the HR division's and the headquarters'; a grant of either role limited
 * to a unit (none is made today) would not cover the whole city, so it is refused as well.
 */
export function assertCityReader(actor: Actor): void {
  const role = hasRole(actor, "HR_DIVISION") ? "HR_DIVISION" : hasRole(actor, "HEADQUARTERS") ? "HEADQUARTERS" : null;
  if (role === null || unitPathsInScope(actor, role) !== null) throw notFound("report");
}

/**
 * 人材育成推進本部報告 for one fiscal year: the promotion plan covering it, every measure with its
 * commitments per level and the city's KPIs, the bureaus side by side, and the findings the
 * rules in report-rules.ts derive. The reading is audited before anything is read.
 *
 * The report is the same for every reader of a fiscal year on a given day (it is city-wide, and
 * only city-wide readers pass the check above), so it is computed once per figure-cache period
 * and shared: the bureau comparison aggregates every member of staff (~250 ms at city scale).
 * `figureCacheSeconds` overrides FIGURE_CACHE_SECONDS (tests run with the cache off).
 */
export async function getHqReport(actor: Actor, options: { fiscalYear: number; today?: CalendarDate; figureCacheSeconds?: number }): Promise<HqReport> {
  assertCityReader(actor);
  const { fiscalYear } = options;
  const today = options.today ?? tokyoDate();
  await db.$transaction((tx) => recordAudit(tx, { actorId: actor.employeeId, action: "report.view", entity: "hq_report", entityId: fiscalYear }));
  return sharedHqReport(fiscalYear, today, options.figureCacheSeconds);
}

/** The shared copy of a year's report on a day; the caller has checked and audited the reader. */
export function sharedHqReport(fiscalYear: number, today: CalendarDate, figureCacheSeconds?: number): Promise<HqReport> {
  return sharedFigures("report.hq", { fiscalYear, today }, () => computeHqReport(fiscalYear, today), figureCacheSeconds);
}

async function computeHqReport(fiscalYear: number, today: CalendarDate): Promise<HqReport> {
  const [promotionPlan, areas, comparison] = await Promise.all([
    db.promotionPlan.findFirst({
      where: { startFiscalYear: { lte: fiscalYear }, endFiscalYear: { gte: fiscalYear } },
      orderBy: { phase: "asc" },
      select: { phase: true, name: true, startFiscalYear: true, endFiscalYear: true },
    }),
    getMeasureStates(fiscalYear),
    compareBureaus({ fiscalYear, today }),
  ]);
  const measures = areas.flatMap((area) => area.measures.filter((m) => !m.retired).map((m) => ({ label: m.label, levels: m.levels })));
  const findings = deriveFindings({
    measures,
    bureaus: comparison.bureaus,
    city: comparison.city,
    cityCommitments: areas.flatMap((area) => area.measures.flatMap((m) => m.cityCommitments)),
    today,
  });
  return { fiscalYear, issuedOn: today, promotionPlan, areas, comparison, findings };
}
