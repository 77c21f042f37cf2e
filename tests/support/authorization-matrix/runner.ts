import { AppError } from "@/lib/platform/errors";
import { type FunctionRow, type Outcome, type Relation, RELATIONS, type Role, ROLES, rowKey } from "./matrix";
import { mapPool } from "./pool";
import { auditCounts, statesOf, type Watch } from "./records";
import { createScenes, type Scene } from "./scenes";
import type { World } from "./world";

/**
 * Runs the matrix: every cell of the lib/ table and every case of the server actions is a
 * probe — a scene, the records it is about, one call — and its answer is kept for the cell's
 * own test to assert. One `it` per cell in the report, without vitest scheduling thousands of
 * database tests one by one.
 */

export interface Probe {
  key: string;
  /** the scene number, unique across the run */
  n: number;
  role: Role;
  relation: Relation;
  arrange: (scene: Scene) => Promise<unknown>;
  /**
   * How to tell whether the call wrote anything: compare the actor's footprint and these rows
   * before and after (writes), look for audit rows of the actor afterwards (refused reads), or
   * not at all.
   */
  trace: (scene: Scene, arranged: unknown) => readonly Watch[] | "audit" | "none";
  run: (scene: Scene, arranged: unknown) => Promise<Omit<ProbeResult, "wrote">>;
}

export interface ProbeResult {
  outcome: string;
  /**
   * writes: did the call change the actor's footprint or the watched records;
   * reads: did it leave an audit row
   */
  wrote: boolean;
  /** tampering cases of the actions: did a forged field's value land in the database */
  tamperedLanded?: boolean;
  /** the refusal's message or the unexpected error, to read when a cell fails */
  detail: string;
}

/** One cell of the lib/ table: a function (row), a role, a relation, and what must happen. */
export interface Cell {
  key: string;
  row: FunctionRow;
  role: Role;
  relation: Relation;
  expected: Outcome;
  n: number;
}

export const SUCCESS: readonly Outcome[] = ["ok", "listed", "unlisted", "yes", "no"];

/** Every non-empty cell of the table, numbered from `first`. */
export function cellsOf(table: readonly FunctionRow[], first = 0): Cell[] {
  const cells: Cell[] = [];
  for (const row of table) {
    for (const relation of RELATIONS) {
      const outcomes = row.matrix[relation];
      if (!outcomes) continue;
      ROLES.forEach((role, column) => {
        const expected = outcomes[column];
        if (expected == null) return;
        cells.push({ key: `${rowKey(row)} | ${role} × ${relation}`, row, role, relation, expected, n: first + cells.length });
      });
    }
  }
  return cells;
}

export const describeError = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** A lib/ cell as a probe: the call, its answer, and whether it left a trace. */
export function cellProbe(cell: Cell): Probe {
  const { row } = cell;
  return {
    key: cell.key,
    n: cell.n,
    role: cell.role,
    relation: cell.relation,
    arrange: async (scene) => (row.arrange ? row.arrange(scene) : undefined),
    // A read's trace is asserted only where the cell expects a refusal, so only looked for then.
    trace: (scene, arranged) =>
      row.kind === "write" ? (row.watch?.(arranged, scene) ?? []) : row.kind === "read" && !SUCCESS.includes(cell.expected) ? "audit" : "none",
    run: async (scene, arranged) => {
      try {
        const result = await row.act(scene, arranged);
        return { outcome: row.judge ? row.judge(result, arranged, scene) : "ok", detail: "" };
      } catch (error) {
        return error instanceof AppError ? { outcome: error.code, detail: error.message } : { outcome: "ERROR", detail: describeError(error) };
      }
    },
  };
}

/**
 * First every scene's people (a few statements), then every probe's records (batched across
 * probes) and the state they start from (a few dozen per statement), then the calls, several at
 * a time, then the states they left. Cells are independent — fresh actors, fresh records — so
 * a state read before or after all the calls is the state just before or after the cell's own.
 * A probe whose set-up fails answers ERROR.
 */
export async function runProbes(world: World, probes: readonly Probe[], concurrency = 8): Promise<Map<string, ProbeResult>> {
  const scenes = await createScenes(
    world,
    probes.map(({ n, role, relation }) => ({ n, role, relation })),
  );
  const sceneOf = (probe: Probe) => {
    const scene = scenes.get(probe.n);
    if (!scene) throw new Error(`no scene for ${probe.key}`);
    return scene;
  };
  const results = new Map<string, ProbeResult>();
  const fail = (probe: Probe, stage: string, error: unknown) =>
    results.set(probe.key, { outcome: "ERROR", wrote: false, detail: `${stage} failed: ${describeError(error)}` });

  const ready: { probe: Probe; scene: Scene; arranged: unknown }[] = [];
  await Promise.all(
    probes.map(async (probe) => {
      try {
        const scene = sceneOf(probe);
        ready.push({ probe, scene, arranged: await probe.arrange(scene) });
      } catch (error) {
        fail(probe, "arrange", error);
      }
    }),
  );
  const traced = ready.flatMap((entry) => {
    const trace = entry.probe.trace(entry.scene, entry.arranged);
    return typeof trace === "string" ? [] : [{ ...entry, trace: { actorId: entry.scene.actor.employeeId, watches: trace } }];
  });
  const before = await statesOf(traced.map((entry) => entry.trace));

  const answers = new Map<string, Omit<ProbeResult, "wrote">>();
  await mapPool(ready, concurrency, async ({ probe, scene, arranged }) => {
    try {
      answers.set(probe.key, await probe.run(scene, arranged));
    } catch (error) {
      fail(probe, "run", error);
    }
  });

  const after = await statesOf(traced.map((entry) => entry.trace));
  const wrote = new Map(traced.map((entry, i) => [entry.probe.key, before[i] !== after[i]]));
  const audited = ready.filter((entry) => entry.probe.trace(entry.scene, entry.arranged) === "audit");
  const audits = await auditCounts(audited.map((entry) => entry.scene.actor.employeeId));
  for (const entry of audited) wrote.set(entry.probe.key, (audits.get(entry.scene.actor.employeeId) ?? 0) > 0);
  for (const [key, answer] of answers) results.set(key, { ...answer, wrote: wrote.get(key) ?? false });
  return results;
}
