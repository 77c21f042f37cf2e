import pg from "pg";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import { hashPassword } from "@/lib/platform/auth/password";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-org-chart";
import { BulkLoader } from "./bulk-insert";
import { readCatalogueIds } from "./catalogue-ids";
import { type City, FIRST_FISCAL_YEAR, YOUNG_STAFF_YEARS } from "./context";
import { countRows, ensureCatalogue, prepareDatabase } from "./database";
import { restoreRowForeignKeyChecks, skipRowForeignKeyChecks, verifyForeignKeys } from "./foreign-keys";
import { dayFromCalendar, fiscalYearStartDay } from "./dates";
import { type CarryState, writeFiscalYear, writeFiscalYearRows } from "./fiscal-years";
import { type LeftOut, planOrganisation } from "./organisation";
import { writeOrgUnits, writeStaffRows } from "./people-rows";
import { writeProgrammes } from "./programmes";
import { Random } from "./random";
import { planStaff } from "./staff";
import { datasetTables } from "./tables";

export interface LoadOptions {
  /** the same seed and scale (and day) always give the same rows */
  seed?: number;
  /** share of the full city (15,000 staff, about 600 sections); any value in (0, 1] works */
  scale?: number;
  /** empty every table (but the migrations' record) first, instead of refusing a non-empty database */
  replace?: boolean;
  /** the day the data ends (yesterday's events are the latest); defaults to today in Tokyo */
  today?: CalendarDate;
  log?: (line: string) => void;
  /**
   * The city goes beside another organisation (the living demo, prisma/seed/living-demo.ts):
   * without the parts of the chart that one holds, with staff numbers from a running number
   * its own cannot reach, and with no HR division of its own.
   */
  beside?: { leaveOut: readonly LeftOut[]; firstStaffSequence: number };
}

export interface LoadResult {
  seed: number;
  scale: number;
  currentFiscalYear: number;
  elapsedMs: number;
  /** rows per table after the load, every table of the portal */
  counts: Record<string, number>;
}

const number = (n: number) => n.toLocaleString("en-US");

/**
 * Loads the city-scale dataset into the database at `databaseUrl`: migrations first, then the
 * policy catalogue (as the demo seed loads it), then the organisation, its staff and every fiscal
 * year from FY2021 to the current one, in one transaction. Deterministic for a seed, a scale and
 * a day. Used by `npm run dataset:load`, the benchmark and the tests.
 */
export async function loadCityDataset(databaseUrl: string, options: LoadOptions = {}): Promise<LoadResult> {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, not ${seed}`);
  if (!(scale > 0 && scale <= 1)) throw new Error(`scale must be in (0, 1], not ${scale}`);
  const today = options.today ?? tokyoDate();
  const currentFiscalYear = fiscalYearOf(today);
  if (currentFiscalYear < FIRST_FISCAL_YEAR) throw new Error(`the data runs from FY${FIRST_FISCAL_YEAR}: today cannot be before ${FIRST_FISCAL_YEAR}-04-01`);
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  let previous = started;
  const stage = (name: string, detail: string) => {
    const now = Date.now();
    log(`[${((now - started) / 1000).toFixed(1).padStart(6)}s] ${name.padEnd(13)} ${detail} (+${((now - previous) / 1000).toFixed(1)}s)`);
    previous = now;
  };

  await applyMigrations(databaseUrl, { log });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await prepareDatabase(client, options.replace === true);
    const catalogueLoaded = await ensureCatalogue(client, databaseUrl);
    // Hashed once for everyone, outside the transaction (argon2 is slow on purpose).
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    stage("catalogue", catalogueLoaded ? "policy catalogue loaded" : "policy catalogue kept as found");

    const todayDay = dayFromCalendar(today);
    const organisation = planOrganisation(seed, scale, options.beside?.leaveOut);
    const staff = planStaff(
      seed,
      organisation,
      currentFiscalYear,
      todayDay,
      options.beside ? { firstStaffSequence: options.beside.firstStaffSequence, hrDivision: false } : {},
    );
    const diligence = new Random(seed, "diligence");
    const leaders = [...new Set(staff.people.flatMap((person) => (person.supervisorId === null ? [] : [person.supervisorId])))];

    // A lost transaction on a crash costs only a rerun; not waiting for each commit's flush
    // saves time on every batch. Both settings are local to this session.
    await client.query("SET synchronous_commit = off");
    const setBasedKeys = await skipRowForeignKeyChecks(client);
    await client.query("BEGIN");
    const loader = new BulkLoader(client);
    const tables = datasetTables(loader);
    const city: City = {
      seed,
      today: todayDay,
      currentFiscalYear,
      units: organisation.units,
      staff,
      catalogue: await readCatalogueIds(client),
      tables,
      hrActorId: staff.hrDivisionIds[0] ?? staff.headquartersId,
      bureauDiligence: organisation.units.filter((unit) => unit.kind === "BUREAU").map(() => 0.85 + diligence.next() * 0.23),
      supervisorDiligence: new Map(leaders.map((id) => [id, 0.85 + diligence.next() * 0.25])),
    };

    writeOrgUnits(tables, organisation);
    writeStaffRows(tables, staff, passwordHash, fiscalYearStartDay(currentFiscalYear));
    const programmeIds = writeProgrammes(city);
    writeFiscalYearRows(city);
    await client.query(`INSERT INTO setting (key, value, updated_at) VALUES ('youngStaffYears', $1::jsonb, now()) ON CONFLICT (key) DO NOTHING`, [
      JSON.stringify(YOUNG_STAFF_YEARS),
    ]);
    await loader.flushAll();
    // With the row triggers off (as above), the units' trails are not filled in as they are
    // written: the same function the trigger calls sets them all at once.
    if (setBasedKeys) await client.query(`UPDATE org_unit SET trail = org_unit_trail(path, name)`);
    const counted = (table: string) => number(loader.counts()[table] ?? 0);
    const kinds = (kind: string) => number(organisation.units.filter((unit) => unit.kind === kind).length);
    stage(
      "organisation",
      `${kinds("BUREAU")} 局・区 · ${kinds("DEPARTMENT")} 部 · ${kinds("SECTION")} 課 · ${kinds("UNIT")} 係 · ${counted("employee")} staff · ${counted("role_assignment")} role grants`,
    );

    const state: CarryState = { individual: new Map(), unit: [], qualifications: new Map() };
    for (let year = FIRST_FISCAL_YEAR; year <= currentFiscalYear; year++) {
      const before = loader.counts();
      await writeFiscalYear(city, loader, scale, year, programmeIds, state);
      const after = loader.counts();
      const added = (table: string) => number((after[table] ?? 0) - (before[table] ?? 0));
      stage(
        `FY${year}`,
        `${added("development_plan")} plans · ${added("commitment")} commitments · ${added("commitment_progress")} progress · ${added("review_event")} events · ${added("training_record")} trainings · ${added("ojt_plan")} OJT · ${added("career_interview")} interviews`,
      );
    }

    await loader.syncSequences();
    if (setBasedKeys) stage("foreign keys", `${await verifyForeignKeys(client)} keys hold for every row`);
    await client.query(`INSERT INTO audit_log (actor_id, action, entity, detail) VALUES (NULL, $1, 'system', $2::jsonb)`, [
      "seed.city-dataset" satisfies AuditAction,
      JSON.stringify({ seed, scale, currentFiscalYear, beside: options.beside !== undefined, rows: loader.counts() }),
    ]);
    await client.query("COMMIT");
    if (setBasedKeys) await restoreRowForeignKeyChecks(client);
    stage("commit", "done");
    // A live database's autovacuum has long since marked its pages all-visible; a freshly loaded
    // one has not, and every index-only scan would read the table too (a bureau's count of
    // unconfirmed records 15 ms after VACUUM, 50 ms before). Measure the city as it runs.
    await client.query("VACUUM (ANALYZE)");
    stage("vacuum", "done");
    const counts = await countRows(client);
    return { seed, scale, currentFiscalYear, elapsedMs: Date.now() - started, counts };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
