import pg from "pg";

/**
 * Which process runs the background jobs: the one holding a PostgreSQL session-level advisory
 * lock, so that every instance of the portal may run `npm run jobs` (each `npm start` and
 * `npm run serve` does) and exactly one per database does the work. When that process or its
 * machine goes away, PostgreSQL ends its session and frees the lock, and another instance takes
 * over at its next round. The steps would be safe beside each other anyway (row locks, unique
 * keys); one runner saves the duplicate work and keeps a round's log in one place.
 */
const JOBS_LOCK_KEY = "hagukumi:background-jobs";

export interface JobsLeadership {
  /** true while this process holds the lock (taken now if it is free) */
  lead(): Promise<boolean>;
  /** frees the lock and closes its connection */
  close(): Promise<void>;
}

export function jobsLeadership(connectionString: string): JobsLeadership {
  let client: pg.Client | null = null;
  let held = false;
  const drop = async () => {
    const closing = client;
    client = null;
    held = false;
    await closing?.end().catch(() => undefined);
  };
  return {
    async lead() {
      try {
        if (!client) {
          const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
          // A broken connection (a database restart) has lost the lock with its session.
          fresh.on("error", () => void drop());
          await fresh.connect();
          client = fresh;
        }
        if (held) {
          // The lock lives as long as the session: a live connection still holds it.
          await client.query("SELECT 1");
          return true;
        }
        const { rows } = await client.query<{ won: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS won", [JOBS_LOCK_KEY]);
        held = rows[0]?.won === true;
        return held;
      } catch {
        await drop();
        return false;
      }
    },
    close: drop,
  };
}
