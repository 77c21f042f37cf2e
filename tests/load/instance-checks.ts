import type pg from "pg";
import { BenchError } from "../bench/errors";
import { DATASET_PASSWORD, signIn } from "../bench/sign-in";
import type { PortalInstance } from "./portal";

/**
 * What "stateless behind a load balancer" means, each checked against two instances directly
 * (not through the balancer, so that which instance answered is known): a session made on one
 * is good on the other, dashboard figures computed by one are read by the other, failed
 * sign-ins count across both, and the jobs of both never write the same reminder twice.
 */

/**
 * lib/platform/auth/sign-in-throttle.ts's limits. That module is server-only (it cannot load outside
 * Next.js), so they are repeated here; a unit test holds the two copies equal.
 */
export const SIGN_IN_THROTTLE = { maxFailuresPerAccount: 5, windowMinutes: 15 };

async function status(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return response.status;
}

export interface SessionCheck {
  signedInOn: string;
  readOn: string;
  /** /me read with the other instance's cookie: 200, not a redirect to /signin */
  status: number;
}

/** Signs in on each instance and reads /me on the next one with that cookie. */
export async function checkSessionsAcross(instances: PortalInstance[], staffNumber: string): Promise<SessionCheck[]> {
  const checks: SessionCheck[] = [];
  for (const [index, from] of instances.entries()) {
    const to = instances[(index + 1) % instances.length]!;
    const cookie = await signIn(from.baseUrl, staffNumber);
    checks.push({ signedInOn: from.name, readOn: to.name, status: await status(`${to.baseUrl}/me`, cookie) });
  }
  return checks;
}

export interface FigureCacheCheck {
  statuses: number[];
  /** rows the first instance's page stored */
  computedByFirst: number;
  /** of those, rows a later instance computed again (a new computed_at) or added */
  recomputedByOthers: number;
  /** after the whole run: rows and distinct keys of figure_cache (the key is its primary key) */
  rows?: number;
  keys?: number;
}

type CacheRows = Map<string, string>;

async function cacheRows(client: pg.Client): Promise<CacheRows> {
  const { rows } = await client.query<{ key: string; computed_at: string }>("SELECT key, computed_at::text FROM figure_cache");
  return new Map(rows.map((row) => [row.key, row.computed_at]));
}

/**
 * Empties the cache (nothing else reads it before the load), lets the first instance render the
 * city dashboard, then the others: they must answer from the rows the first one stored, so the
 * rows must be exactly the same (same keys, same computed_at) after each of them.
 */
export async function checkFigureCacheShared(client: pg.Client, instances: PortalInstance[], hrCookie: string, page: string): Promise<FigureCacheCheck> {
  await client.query("DELETE FROM figure_cache");
  const statuses = [await status(`${instances[0]!.baseUrl}${page}`, hrCookie)];
  const first = await cacheRows(client);
  let recomputed = 0;
  for (const instance of instances.slice(1)) {
    statuses.push(await status(`${instance.baseUrl}${page}`, hrCookie));
    const after = await cacheRows(client);
    recomputed += [...after].filter(([key, computedAt]) => first.get(key) !== computedAt).length;
  }
  return { statuses, computedByFirst: first.size, recomputedByOthers: recomputed };
}

export async function countFigureCache(client: pg.Client): Promise<{ rows: number; keys: number }> {
  const { rows } = await client.query<{ rows: number; keys: number }>("SELECT count(*)::int AS rows, count(DISTINCT key)::int AS keys FROM figure_cache");
  return rows[0] ?? { rows: 0, keys: 0 };
}

export interface ThrottleCheck {
  staffNumber: string;
  limit: number;
  /** the right password, before any failure: accepted */
  acceptedBefore: boolean;
  /** wrong passwords, sent to the instances in turn: each refused */
  wrongRefused: number;
  /** the right password after the limit, once on each instance: each must be refused */
  refusedAfter: { instance: string; refused: boolean }[];
  /** the audit trail's count of this run's attempts on the staff number, by action */
  audited: Record<string, number>;
}

async function attempt(baseUrl: string, staffNumber: string, password: string): Promise<boolean> {
  try {
    await signIn(baseUrl, staffNumber, password);
    return true;
  } catch (error) {
    // signIn says BenchError for a refused sign-in; anything else is a failure of the run.
    if (error instanceof BenchError) return false;
    throw error;
  }
}

/**
 * A staff number nobody else uses in the run and with no failed attempt in the throttle's
 * window (an earlier run's locked one is passed over), then `limit` wrong passwords sent to
 * the instances in turn: no instance alone sees the limit, yet each must refuse the right one.
 */
export async function checkThrottleAcross(client: pg.Client, instances: PortalInstance[], limit: number, windowMinutes: number): Promise<ThrottleCheck> {
  const { rows } = await client.query<{ staff_number: string }>(
    `SELECT e.staff_number FROM employee e JOIN credential c ON c.employee_id = e.id
     WHERE e.active AND NOT EXISTS (
       SELECT 1 FROM audit_log a WHERE a.action IN ('auth.sign-in-failed', 'auth.sign-in-throttled')
         AND a.detail->>'staffNumber' = e.staff_number AND a.at > now() - make_interval(mins => $1::int))
     ORDER BY e.id DESC LIMIT 1`,
    [windowMinutes],
  );
  const staffNumber = rows[0]?.staff_number;
  if (!staffNumber) throw new Error("no staff number free of recent failed sign-ins for the throttle check");
  const { rows: mark } = await client.query<{ id: string }>("SELECT coalesce(max(id), 0)::text AS id FROM audit_log");
  const since = mark[0]?.id ?? "0";

  const acceptedBefore = await attempt(instances[0]!.baseUrl, staffNumber, DATASET_PASSWORD);
  let wrongRefused = 0;
  for (let index = 0; index < limit; index += 1) {
    const instance = instances[index % instances.length]!;
    if (!(await attempt(instance.baseUrl, staffNumber, `wrong-${index}-${DATASET_PASSWORD}`))) wrongRefused += 1;
  }
  // The instance after the last one tried first: it has seen the fewest of the failures.
  const order = instances.map((_, index) => instances[(limit + index) % instances.length]!);
  const refusedAfter = [];
  for (const instance of order) refusedAfter.push({ instance: instance.name, refused: !(await attempt(instance.baseUrl, staffNumber, DATASET_PASSWORD)) });

  const audit = await client.query<{ action: string; count: number }>(
    "SELECT action, count(*)::int AS count FROM audit_log WHERE id > $1::bigint AND action LIKE 'auth.sign-in%' AND detail->>'staffNumber' = $2 GROUP BY action",
    [since, staffNumber],
  );
  return { staffNumber, limit, acceptedBefore, wrongRefused, refusedAfter, audited: Object.fromEntries(audit.rows.map((row) => [row.action, row.count])) };
}
