import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db as defaultDb } from "@/lib/platform/db/client";
import { AppError, invalidInput } from "@/lib/platform/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { FiscalYearStatus } from "@/lib/generated/prisma/enums";
import { CARRY_LEVELS, type CarryLevel, ROLLOVER_LOCK_KEY } from "./rollover-rules";

/** Written on the CREATE event of every carried commitment (and every plan made to hold them). */
export const CARRIED_COMMENT = "前年度から繰越";

export interface FiscalYearRow {
  year: number;
  status: FiscalYearStatus;
  /** false for a year that has data but no fiscal_year row yet (it counts as open) */
  recorded: boolean;
  openedAt: Date | null;
  closedAt: Date | null;
}

export interface RolloverState {
  currentYear: number;
  years: FiscalYearRow[];
  /** the year a rollover would close, or null when no year is open */
  fromYear: number | null;
  /** unfinished commitments of fromYear per level that a rollover would carry */
  carryable: Record<CarryLevel, number>;
  /**
   * Plans still waiting for review in a closed year, by year: supervisors can no longer act on
   * them and their queues leave them out (find-plans.ts), so only the HR division sees them here.
   */
  unreviewed: Map<number, number>;
}

export interface RolloverInput {
  fromYear: number;
  carry: Record<"individual" | "team" | "bureau" | "city", boolean>;
}

export interface RolloverResult {
  fromYear: number;
  toYear: number;
  carried: Record<CarryLevel, number>;
  plansCreated: number;
}

const zeroCounts = (): Record<CarryLevel, number> => ({ INDIVIDUAL: 0, TEAM: 0, BUREAU: 0, CITY: 0 });

/** The fiscal year is opened by the HR division only; to anyone else the rollover does not exist. */
export function assertRolloverAdmin(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "fiscal year rollover");
}

/** Unfinished commitments of a year per level, counting only those whose owner is still there. */
async function countCarryable(client: PrismaClient | Prisma.TransactionClient, fiscalYear: number): Promise<Record<CarryLevel, number>> {
  const rows = await client.$queryRaw<{ level: CarryLevel; count: number }[]>`
    SELECT c.level::text AS level, count(*)::int AS count
    FROM commitment c
    LEFT JOIN employee e ON e.id = c.owner_employee_id
    LEFT JOIN org_unit u ON u.id = c.owner_unit_id
    WHERE c.fiscal_year = ${fiscalYear}
      AND c.status NOT IN ('DONE', 'DROPPED')
      AND (c.level <> 'INDIVIDUAL' OR e.active)
      AND (c.owner_unit_id IS NULL OR u.retired_at IS NULL)
    GROUP BY c.level`;
  const counts = zeroCounts();
  for (const row of rows) counts[row.level] = row.count;
  return counts;
}

/**
 * The fiscal years the portal knows (rows of fiscal_year, years with plans or commitments, and
 * the current one) with their status, and what a rollover would carry. The year to roll over is
 * the latest open one up to the current year, or up to the latest year HR opened: plans already
 * written in March for the coming year do not make that year the one to close.
 */
export async function getRolloverState(actor: Actor, client: PrismaClient = defaultDb): Promise<RolloverState> {
  assertRolloverAdmin(actor);
  const currentYear = fiscalYearOf(tokyoDate());
  const [rows, dataYears] = await Promise.all([
    client.fiscalYear.findMany({ orderBy: { year: "asc" } }),
    // The distinct years, one index probe per year (a "skip scan" through each table's
    // fiscal_year index) rather than reading 400,000 commitments to find a dozen years.
    client.$queryRaw<{ year: number }[]>`
      WITH RECURSIVE c AS (
        SELECT min(fiscal_year) AS year FROM commitment
        UNION ALL SELECT (SELECT min(fiscal_year) FROM commitment WHERE fiscal_year > c.year) FROM c WHERE c.year IS NOT NULL
      ), p AS (
        SELECT min(fiscal_year) AS year FROM development_plan
        UNION ALL SELECT (SELECT min(fiscal_year) FROM development_plan WHERE fiscal_year > p.year) FROM p WHERE p.year IS NOT NULL
      )
      SELECT year FROM c WHERE year IS NOT NULL UNION SELECT year FROM p WHERE year IS NOT NULL`,
  ]);
  const byYear = new Map<number, FiscalYearRow>();
  for (const year of [currentYear, ...dataYears.map((row) => row.year)])
    byYear.set(year, { year, status: "OPEN", recorded: false, openedAt: null, closedAt: null });
  for (const row of rows) byYear.set(row.year, { year: row.year, status: row.status, recorded: true, openedAt: row.openedAt, closedAt: row.closedAt });
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);

  const ceiling = Math.max(currentYear, ...rows.map((row) => row.year));
  const open = years.filter((row) => row.status === "OPEN" && row.year <= ceiling);
  const fromYear = open.at(-1)?.year ?? null;
  // The preview counts a whole year's commitments (~70,000 in the city); it is shared through the
  // figure cache like the dashboards. The rollover itself recounts in its transaction and reports
  // what it really carried.
  const carryable = fromYear === null ? zeroCounts() : await sharedFigures("rollover.carryable", { fromYear }, () => countCarryable(client, fromYear));
  const closed = rows.filter((row) => row.status === "CLOSED").map((row) => row.year);
  // Left waiting: submitted plans, and approved plans whose changes were sent (the review queue's two
  // kinds), counted apart so that each is read from its own index: one OR scanned every plan of the
  // years (the page fell from 104 to 24 requests/s on the city dataset).
  const count = (where: Prisma.DevelopmentPlanWhereInput) =>
    client.developmentPlan.groupBy({ by: ["fiscalYear"], where: { ...where, fiscalYear: { in: closed } }, _count: { _all: true } });
  const unreviewed = new Map<number, number>();
  for (const group of [...(await count({ status: "SUBMITTED" })), ...(await count({ changesSubmittedAt: { not: null } }))]) {
    unreviewed.set(group.fiscalYear, (unreviewed.get(group.fiscalYear) ?? 0) + group._count._all);
  }
  return { currentYear, years, fromYear, carryable, unreviewed };
}

function chosenLevels(carry: RolloverInput["carry"]): CarryLevel[] {
  const chosen: Record<CarryLevel, boolean> = { INDIVIDUAL: carry.individual, TEAM: carry.team, BUREAU: carry.bureau, CITY: carry.city };
  return CARRY_LEVELS.filter((level) => chosen[level]);
}

/**
 * Closes `fromYear` and opens the next one, all in one transaction, carrying the unfinished
 * commitments of the chosen levels forward as drafts that point to their originals. Individual
 * ones go into their owner's plan for the new year, which is created (as a draft, with a row
 * per target image) where missing; owners who have left, and units retired, are skipped.
 * Everything is a handful of set-based statements, whatever the number of commitments.
 */
export async function openNextFiscalYear(actor: Actor, input: RolloverInput, client: PrismaClient = defaultDb): Promise<RolloverResult> {
  assertRolloverAdmin(actor);
  const { fromYear } = input;
  if (!Number.isSafeInteger(fromYear) || fromYear < 2000 || fromYear > 2999) throw invalidInput("fromYear", "invalid");
  const toYear = fromYear + 1;
  const levels = chosenLevels(input.carry);
  const others = levels.filter((level) => level !== "INDIVIDUAL");

  return client.$transaction(
    async (tx) => {
      // Exclusive: a second rollover waits here and then finds the year closed; writes to plans
      // and records hold the shared lock (assertYearOpen) so none lands mid-rollover.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLLOVER_LOCK_KEY}::bigint)`;
      // One after the other: a transaction is one connection, and node-postgres refuses (from
      // its next major version) queries sent on a client that has not answered the last one.
      const from = await tx.fiscalYear.findUnique({ where: { year: fromYear }, select: { status: true } });
      const next = await tx.fiscalYear.findUnique({ where: { year: toYear }, select: { year: true } });
      if (from?.status === "CLOSED") throw new AppError("CONFLICT", `fiscal year ${fromYear} is already closed`);
      if (next) throw new AppError("CONFLICT", `fiscal year ${toYear} already exists`);

      const now = new Date();
      await tx.fiscalYear.upsert({
        where: { year: fromYear },
        create: { year: fromYear, status: "CLOSED", closedAt: now },
        update: { status: "CLOSED", closedAt: now },
      });
      await tx.fiscalYear.create({ data: { year: toYear, status: "OPEN", openedAt: now } });

      const carried = zeroCounts();
      let plansCreated = 0;
      if (levels.includes("INDIVIDUAL")) {
        // Plans for owners who have none in the new year, with their target-image rows and events.
        const plans = await tx.$queryRaw<{ id: number }[]>`
          WITH new_plan AS (
            INSERT INTO development_plan (employee_id, fiscal_year, status, version, created_at, updated_at)
            SELECT DISTINCT c.owner_employee_id, ${toYear}::int, 'DRAFT'::"PlanStatus", 1, ${now}::timestamptz, ${now}::timestamptz
            FROM commitment c
            JOIN employee e ON e.id = c.owner_employee_id AND e.active
            WHERE c.fiscal_year = ${fromYear} AND c.level = 'INDIVIDUAL' AND c.status NOT IN ('DONE', 'DROPPED')
            ON CONFLICT (employee_id, fiscal_year) DO NOTHING
            RETURNING id
          ), images AS (
            INSERT INTO plan_target_image (plan_id, target_image_id)
            SELECT p.id, t.id FROM new_plan p CROSS JOIN target_image t WHERE t.retired_at IS NULL
          ), events AS (
            INSERT INTO review_event (plan_id, action, to_status, comment, actor_id, at)
            SELECT p.id, 'CREATE'::"ReviewAction", 'DRAFT', ${CARRIED_COMMENT}, ${actor.employeeId}, ${now}::timestamptz FROM new_plan p
          )
          SELECT id FROM new_plan`;
        plansCreated = plans.length;

        const rows = await tx.$queryRaw<{ count: number }[]>`
          WITH source AS (
            SELECT c.*, p.id AS new_plan_id,
              (SELECT coalesce(max(x.position), -1) FROM commitment x WHERE x.plan_id = p.id)
                + row_number() OVER (PARTITION BY p.id ORDER BY c.position, c.id) AS new_position
            FROM commitment c
            JOIN employee e ON e.id = c.owner_employee_id AND e.active
            JOIN development_plan p ON p.employee_id = c.owner_employee_id AND p.fiscal_year = ${toYear}
            WHERE c.fiscal_year = ${fromYear} AND c.level = 'INDIVIDUAL' AND c.status NOT IN ('DONE', 'DROPPED')
              AND NOT EXISTS (SELECT 1 FROM commitment d WHERE d.carried_from_id = c.id)
          ), inserted AS (
            INSERT INTO commitment (level, fiscal_year, plan_id, owner_employee_id, owner_unit_id, measure_id, focus_theme_id, target_image_id,
              title, description, target_text, target_value, target_unit, progress_percent, metric, status, position, version,
              created_by_id, created_at, updated_at, carried_from_id)
            SELECT level, ${toYear}::int, new_plan_id, owner_employee_id, owner_unit_id, measure_id, focus_theme_id, target_image_id,
              title, description, target_text, target_value, target_unit, 0, metric, 'DRAFT'::"CommitmentStatus", new_position, 1,
              ${actor.employeeId}, ${now}::timestamptz, ${now}::timestamptz, id
            FROM source
            RETURNING id
          ), events AS (
            INSERT INTO review_event (commitment_id, action, to_status, comment, actor_id, at)
            SELECT id, 'CREATE'::"ReviewAction", 'DRAFT', ${CARRIED_COMMENT}, ${actor.employeeId}, ${now}::timestamptz FROM inserted
          )
          SELECT count(*)::int AS count FROM inserted`;
        carried.INDIVIDUAL = rows[0]?.count ?? 0;
      }

      if (others.length > 0) {
        const rows = await tx.$queryRaw<{ level: CarryLevel; count: number }[]>`
          WITH inserted AS (
            INSERT INTO commitment (level, fiscal_year, plan_id, owner_employee_id, owner_unit_id, measure_id, focus_theme_id, target_image_id,
              title, description, target_text, target_value, target_unit, progress_percent, metric, status, position, version,
              created_by_id, created_at, updated_at, carried_from_id)
            SELECT c.level, ${toYear}::int, NULL, c.owner_employee_id, c.owner_unit_id, c.measure_id, c.focus_theme_id, c.target_image_id,
              c.title, c.description, c.target_text, c.target_value, c.target_unit, 0, c.metric, 'DRAFT'::"CommitmentStatus", c.position, 1,
              ${actor.employeeId}, ${now}::timestamptz, ${now}::timestamptz, c.id
            FROM commitment c
            LEFT JOIN org_unit u ON u.id = c.owner_unit_id
            WHERE c.fiscal_year = ${fromYear} AND c.level::text = ANY(${others}::text[]) AND c.status NOT IN ('DONE', 'DROPPED')
              AND (c.owner_unit_id IS NULL OR u.retired_at IS NULL)
              AND NOT EXISTS (SELECT 1 FROM commitment d WHERE d.carried_from_id = c.id)
            ORDER BY c.id
            RETURNING id, level
          ), events AS (
            INSERT INTO review_event (commitment_id, action, to_status, comment, actor_id, at)
            SELECT id, 'CREATE'::"ReviewAction", 'DRAFT', ${CARRIED_COMMENT}, ${actor.employeeId}, ${now}::timestamptz FROM inserted
          )
          SELECT level::text AS level, count(*)::int AS count FROM inserted GROUP BY level`;
        for (const row of rows) carried[row.level] = row.count;
      }

      await recordAudit(tx, {
        actorId: actor.employeeId,
        action: "fiscal-year.rollover",
        entity: "fiscal_year",
        entityId: toYear,
        detail: { fromYear, toYear, carry: levels, carried, plansCreated },
      });
      return { fromYear, toYear, carried, plansCreated };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
