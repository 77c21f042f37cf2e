import { execFileSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { gitCommit } from "../bench/machine";
import { ROOT } from "../bench/options";
import { signIn } from "../bench/sign-in";
import { type Cast, type Person, pickCast } from "./cast";
import { actionId, readActionIds } from "./server-actions";
import type { Actions } from "./traffic";

/** What every mode of the run does before the load: actions, cast, sessions. */

export const log = (line: string) => console.log(`[load] ${line}`);

/**
 * The commit the results were measured on. bench's reader looks in .git as a directory; in a
 * git worktree .git is a file pointing elsewhere, so ask git then.
 */
export function measuredCommit(): string {
  const read = gitCommit();
  if (read !== "unknown") return read;
  try {
    return execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** The built server's ids of the two actions the users call (after the build). */
export function builtActions(): Actions {
  const ids = readActionIds();
  return {
    createTraining: actionId(ids, "lib/records/record-actions.ts", "createTrainingAction"),
    reviewPlan: actionId(ids, "lib/year/plans/review-actions.ts", "reviewPlanAction"),
  };
}

/** 100 users: 70 employees, 16 supervisors, 8 bureau coordinators, 6 HR; scaled for other numbers. */
export async function castFor(databaseUrl: string, users: number, rounds: number): Promise<Cast> {
  const share = (part: number) => Math.max(1, Math.round((users * part) / 100));
  const sizes = { employees: users - share(16) - share(8) - share(6), supervisors: share(16), coordinators: share(8), hr: share(6), rounds };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await pickCast(client, toIsoDate(tokyoDate()), fiscalYearOf(tokyoDate()), sizes);
  } finally {
    await client.end();
  }
}

export function castPeople(cast: Cast): Person[] {
  return [...cast.employees, ...cast.supervisors, ...cast.coordinators, ...cast.hr, ...cast.rounds.flatMap((round) => [round.first, round.second])];
}

/**
 * Signing in is the run's set-up, not what it measures: a sign-in the server failed (Auth.js's
 * "Configuration" answer, e.g. a pool timeout on a machine busy with a start-up) is tried again
 * after a pause, twice. A refused password is not: it would fail the same way again.
 */
async function signInWithRetries(baseUrl: string, staffNumber: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await signIn(baseUrl, staffNumber);
    } catch (error) {
      if (attempt >= 3 || !/error=Configuration/.test((error as Error).message)) throw error;
      log(`sign-in as ${staffNumber} failed on the server's side; trying again`);
      await sleep(2_000 * attempt);
    }
  }
}

export async function signInAll(baseUrl: string, people: Person[]): Promise<Map<number, string>> {
  const cookies = new Map<number, string>();
  const queue = [...new Map(people.map((person) => [person.employeeId, person])).values()];
  // A few at a time: each sign-in verifies an argon2 hash, which is meant to be slow.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let person = queue.shift(); person; person = queue.shift()) cookies.set(person.employeeId, await signInWithRetries(baseUrl, person.staffNumber));
    }),
  );
  return cookies;
}

export async function withDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
