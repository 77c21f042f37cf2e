import "server-only";
import { type CalendarDate, fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import type { CommitmentLevel, CommitmentStatus } from "@/lib/generated/prisma/enums";
import { measureLabel } from "@/lib/policy/measure-label";
import type { LevelCounts } from "./report-rules";

export interface CityCommitmentLine {
  id: number;
  title: string;
  status: CommitmentStatus;
  dueOn: CalendarDate | null;
  /** 「研修満足度90%」: the number with its unit, or the free text */
  target: string;
  /** the recorded actual with the target's unit; null when none is recorded */
  actual: string | null;
  progressPercent: number;
}

export interface MeasureState {
  id: number;
  number: number;
  /** 「①キャリア形成の支援」 */
  label: string;
  retired: boolean;
  levels: LevelCounts;
  cityCommitments: CityCommitmentLine[];
}

export interface AreaState {
  number: number;
  name: string;
  measures: MeasureState[];
}

const emptyLevels = (): LevelCounts => ({
  INDIVIDUAL: { planned: 0, done: 0 },
  TEAM: { planned: 0, done: 0 },
  BUREAU: { planned: 0, done: 0 },
  CITY: { planned: 0, done: 0 },
});

/**
 * Every measure of the catalogue in the policy's order, retired ones included (the year's
 * records may still point at them), with the year's commitments counted per level by the
 * database. A commitment "of the year" is any not dropped, drafts included, as on the bureau
 * dashboard; individual ones count staff still in post, exactly as the city's measures view
 * does (lib/insight/dashboards/city-axes.ts). Counting leavers here too would make the report less the
 * view the commitments of those who left, a figure about one or two people.
 */
export async function getMeasureStates(fiscalYear: number): Promise<AreaState[]> {
  const [areas, counts, city] = await Promise.all([
    db.policyArea.findMany({
      orderBy: { number: "asc" },
      select: { number: true, name: true, measures: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true, retiredAt: true } } },
    }),
    db.$queryRaw<{ measureId: number; level: CommitmentLevel; planned: number; done: number }[]>`
      SELECT c.measure_id AS "measureId", c.level::text AS level,
             count(*) FILTER (WHERE c.status <> 'DROPPED')::int AS planned,
             count(*) FILTER (WHERE c.status = 'DONE')::int AS done
      FROM commitment c
      LEFT JOIN employee e ON c.level = 'INDIVIDUAL' AND e.id = c.owner_employee_id
      WHERE c.fiscal_year = ${fiscalYear} AND (c.level <> 'INDIVIDUAL' OR e.active)
      GROUP BY c.measure_id, c.level`,
    db.commitment.findMany({
      where: { fiscalYear, level: "CITY", status: { not: "DROPPED" } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        measureId: true,
        title: true,
        status: true,
        dueOn: true,
        targetText: true,
        targetValue: true,
        targetUnit: true,
        actualValue: true,
        progressPercent: true,
      },
    }),
  ]);
  return areas.map((area) => ({
    number: area.number,
    name: area.name,
    measures: area.measures.map((measure) => {
      const levels = emptyLevels();
      for (const row of counts) if (row.measureId === measure.id) levels[row.level] = { planned: row.planned, done: row.done };
      return {
        id: measure.id,
        number: measure.number,
        label: measureLabel({ areaNumber: area.number, number: measure.number, name: measure.name }),
        retired: measure.retiredAt !== null,
        levels,
        cityCommitments: city
          .filter((c) => c.measureId === measure.id)
          .map((c) => ({
            id: c.id,
            title: c.title,
            status: c.status,
            dueOn: c.dueOn ? fromDateColumn(c.dueOn) : null,
            target: c.targetValue !== null ? `${c.targetValue.toString()}${c.targetUnit}` : c.targetText,
            actual: c.actualValue !== null ? `${c.actualValue.toString()}${c.targetUnit}` : null,
            progressPercent: c.progressPercent,
          })),
      };
    }),
  }));
}
