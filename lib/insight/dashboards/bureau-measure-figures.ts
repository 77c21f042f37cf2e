import "server-only";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CommitmentWithFigures, findUnitCommitments } from "@/lib/year/commitments/find-commitments";
import { db } from "@/lib/platform/db/client";
import { areaLabel, measureLabel } from "@/lib/policy/measure-label";
import { type BureauRef, chooseBureau } from "./bureau-scope";

/** Commitments of one measure in the bureau, by level and status (planned = every one not dropped). */
export interface BureauMeasureRow {
  id: number;
  number: number;
  name: string;
  /** （1）⑤職員の自己啓発支援, as the policy prints it */
  label: string;
  areaNumber: number;
  areaName: string;
  /** （1）職員の主体的な成長を支援する研修・能力開発 */
  areaLabel: string;
  individualPlanned: number;
  individualInProgress: number;
  individualDone: number;
  teamPlanned: number;
  teamInProgress: number;
  teamDone: number;
}

export interface BureauMeasureFigures {
  fiscalYear: number;
  bureau: Omit<BureauRef, "path">;
  /** every current measure in the policy's order (area, then number), with zeros where none */
  measures: BureauMeasureRow[];
}

type CountRow = Omit<BureauMeasureRow, "label" | "areaLabel">;

/**
 * Individual and team commitments of the coordinator's bureau per measure for a fiscal year, in
 * one aggregate statement, counted as on the city dashboard: an individual commitment belongs to
 * its (active) owner's unit, a team one to its unit; the unit must lie in the bureau. The
 * bureau's own commitments are listed on their own (getBureauOwnCommitments), not counted here.
 */
export async function getBureauMeasureFigures(actor: Actor, options: { fiscalYear: number; bureauId?: number }): Promise<BureauMeasureFigures> {
  const { bureau } = await chooseBureau(actor, options.bureauId);
  // The same for every coordinator of the bureau: shared for a short time (lib/insight/figure-cache/shared-figures.ts).
  const rows = await sharedFigures("bureau.measureRows", { bureau: bureau.path, fiscalYear: options.fiscalYear }, () =>
    measureRows(bureau.path, options.fiscalYear),
  );
  return {
    fiscalYear: options.fiscalYear,
    bureau: { id: bureau.id, name: bureau.name },
    measures: rows.map((row) => ({ ...row, label: measureLabel(row), areaLabel: areaLabel({ number: row.areaNumber, name: row.areaName }) })),
  };
}

function measureRows(bureauPath: string, fiscalYear: number): Promise<CountRow[]> {
  return db.$queryRaw<CountRow[]>`
    WITH c AS (
      SELECT c.level, c.status, c.measure_id
      FROM commitment c
      LEFT JOIN employee e ON c.level = 'INDIVIDUAL' AND e.id = c.owner_employee_id
      JOIN org_unit ou ON ou.id = CASE WHEN c.level = 'INDIVIDUAL' THEN e.unit_id ELSE c.owner_unit_id END
      WHERE c.fiscal_year = ${fiscalYear} AND c.status <> 'DROPPED'
        AND c.level IN ('INDIVIDUAL', 'TEAM')
        AND (c.level <> 'INDIVIDUAL' OR e.active)
        AND ou.path LIKE ${bureauPath} || '%'
    )
    SELECT ms.id, ms.number, ms.name, a.number AS "areaNumber", a.name AS "areaName",
           count(c.measure_id) FILTER (WHERE c.level = 'INDIVIDUAL')::int AS "individualPlanned",
           count(c.measure_id) FILTER (WHERE c.level = 'INDIVIDUAL' AND c.status = 'IN_PROGRESS')::int AS "individualInProgress",
           count(c.measure_id) FILTER (WHERE c.level = 'INDIVIDUAL' AND c.status = 'DONE')::int AS "individualDone",
           count(c.measure_id) FILTER (WHERE c.level = 'TEAM')::int AS "teamPlanned",
           count(c.measure_id) FILTER (WHERE c.level = 'TEAM' AND c.status = 'IN_PROGRESS')::int AS "teamInProgress",
           count(c.measure_id) FILTER (WHERE c.level = 'TEAM' AND c.status = 'DONE')::int AS "teamDone"
    FROM measure ms
    JOIN policy_area a ON a.id = ms.area_id
    LEFT JOIN c ON c.measure_id = ms.id
    WHERE ms.retired_at IS NULL
    GROUP BY ms.id, ms.number, ms.name, a.number, a.name
    ORDER BY a.number, ms.number, ms.id`;
}

/** The bureau's own commitments of the year (level BUREAU, owned by the chosen bureau), each with its progress. */
export async function getBureauOwnCommitments(actor: Actor, options: { fiscalYear: number; bureauId?: number }): Promise<CommitmentWithFigures[]> {
  const { bureau } = await chooseBureau(actor, options.bureauId);
  return findUnitCommitments(bureau.id, "BUREAU", options.fiscalYear);
}
