import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/platform/db/client";
import { env } from "@/lib/platform/env";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Figures that are the same for everyone who may see them — the city's table for the HR
 * division, a bureau's for its coordinators — computed by the database once and then read by
 * everyone for FIGURE_CACHE_SECONDS (default 60): a dashboard over 15,000 staff costs one
 * indexed row read instead of aggregating the city again on every request.
 *
 * Callers check the scope first and pass everything the figures depend on as `inputs` (the
 * scope's paths or unit, the filters, the day; the HR division's settings are added here), so a copy can only be read by someone who may
 * compute exactly those figures. The copy lives in PostgreSQL, not in a process, so every
 * instance shares it. A copy past its age but younger than twice it is answered at once while
 * one request counts again behind it: on a busy day no reader waits for a recount, nor polls
 * behind the one who counts, and no figure shown is ever older than twice FIGURE_CACHE_SECONDS.
 * The recount runs outside the request, so a `compute` must not read the request (headers, the
 * session): every caller passes what it needs in its closure. Without such a copy the first request computes under an advisory
 * lock while the others poll for its result instead of all computing at once. Values must be
 * plain JSON (numbers, strings, null, arrays, objects): they are stored as jsonb.
 */
export async function sharedFigures<T>(name: string, inputs: unknown, compute: () => Promise<T>, maxAge: number = env.FIGURE_CACHE_SECONDS): Promise<T> {
  if (maxAge === 0) return compute();
  const settings = await figureSettings();
  const key = createHash("sha256").update(name).update("\0").update(JSON.stringify(inputs)).update("\0").update(JSON.stringify(settings)).digest("hex");

  const recent = await read<T>(db, key, STALE_FACTOR * maxAge);
  if (recent !== undefined) {
    if (recent.age > maxAge) refreshBehind(key, maxAge, compute);
    return recent.value;
  }
  for (let attempt = 0; ; attempt += 1) {
    const fresh = attempt === 0 ? undefined : await read<T>(db, key, maxAge);
    if (fresh !== undefined) return fresh.value;
    const computed = await computeIfFirst(key, maxAge, compute);
    if (computed.done) return computed.value;
    // Someone else is computing it. Wait without holding a connection (their computation may
    // need every free one), then read again; after ~10 s compute it ourselves rather than hang.
    if (attempt >= WAIT_ROUNDS) return compute();
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
}

// The HR division's settings that change what figures count (the young-staff threshold, whether
// only confirmed records count). Part of every key, so a change shows at once on every dashboard
// rather than after the copies expire; callers need not remember to pass them.
const FIGURE_SETTINGS = ["youngStaffYears", "countVerifiedOnly"];

async function figureSettings(): Promise<[string, unknown][]> {
  const rows = await db.setting.findMany({ where: { key: { in: FIGURE_SETTINGS } }, select: { key: true, value: true }, orderBy: { key: "asc" } });
  return rows.map((row) => [row.key, row.value]);
}

const WAIT_MS = 100;
const WAIT_ROUNDS = 100;
/** how much older than its limit a copy may be and still be answered while it is counted again */
const STALE_FACTOR = 2;

/** Keys this process is counting again behind an answered copy: one recount each at a time. */
const refreshing = new Set<string>();

/**
 * Counts the figures again without making the reader wait. Not awaited: the process serves on
 * (a long-lived server, not a function that ends with its response); across processes the
 * advisory lock lets one of them count. A failure leaves the old copy, to be tried again by the
 * next reader, and is logged.
 */
function refreshBehind<T>(key: string, maxAge: number, compute: () => Promise<T>): void {
  if (refreshing.has(key)) return;
  refreshing.add(key);
  computeIfFirst(key, maxAge, compute)
    .catch((error: unknown) => console.error(`[figures] recount failed: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => refreshing.delete(key));
}

/** Computes and stores the figures unless another request holds the key's lock. */
async function computeIfFirst<T>(key: string, maxAge: number, compute: () => Promise<T>): Promise<{ done: true; value: T } | { done: false }> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ won: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) AS won`;
      if (!lock?.won) return { done: false };
      // Whoever held the lock before us may have just stored it.
      const stored = await read<T>(tx, key, maxAge);
      if (stored !== undefined) return { done: true, value: stored.value };
      const value = await compute();
      await tx.$executeRaw`
        INSERT INTO figure_cache (key, value, computed_at) VALUES (${key}, ${JSON.stringify(value)}::jsonb, now())
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, computed_at = excluded.computed_at`;
      // Old combinations of filters nobody asked for again.
      await tx.$executeRaw`DELETE FROM figure_cache WHERE computed_at < now() - interval '1 day'`;
      return { done: true, value };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/** The copy if it is younger than `maxAge` seconds, with its age. */
async function read<T>(client: Pick<typeof db, "$queryRaw">, key: string, maxAge: number): Promise<{ value: T; age: number } | undefined> {
  const rows = await client.$queryRaw<{ value: T; age: number }[]>(
    Prisma.sql`SELECT value, extract(epoch FROM now() - computed_at)::float8 AS age FROM figure_cache WHERE key = ${key} AND computed_at > now() - make_interval(secs => ${maxAge})`,
  );
  return rows[0];
}
