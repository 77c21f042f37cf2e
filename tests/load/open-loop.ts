import { setTimeout as sleep } from "node:timers/promises";
import { type Answer, arrivalTimes, type Step } from "./schedule";
import type { Outcome, User } from "./traffic";

/**
 * Open-loop load: requests leave on a timetable drawn in advance, whatever the server answers
 * and however long it takes. A closed loop (each user waits for an answer before the next
 * step) slows down with the server and so hides overload; here a slow answer only adds to what
 * is in flight, as it does when a city's staff all open the portal at nine.
 *
 * Each request is one step of a user picked at random from the same users as the closed loop,
 * so the mix of roles, pages, writes and scope probes is theirs.
 */

export interface SentRequest extends Outcome {
  /** ms late against the timetable (the generator itself was busy) */
  lateMs: number;
}

export interface StepRun {
  step: Step;
  /** ms since the run's clock began */
  startedAt: number;
  endedAt: number;
  requests: SentRequest[];
}

/** What a request of this kind answers when all is well: a probe must find nothing. */
export function expectedStatus(outcome: Pick<Outcome, "kind">): number {
  return outcome.kind === "probe" ? 404 : 200;
}

export function answersOf(run: StepRun): Answer[] {
  return run.requests.map((request) => ({ status: request.status, ms: request.ms, expected: expectedStatus(request) }));
}

/**
 * Runs the steps back to back, then waits for every request still in flight (each has its own
 * timeout in traffic.ts). `clock` is the run's: ms since it began. `onStep` is told as each
 * step begins, for the log and for timed events such as a kill.
 */
export async function runOpenLoop(users: User[], steps: Step[], clock: () => number, onStep?: (step: Step, index: number) => void): Promise<StepRun[]> {
  const runs: StepRun[] = [];
  const inFlight = new Set<Promise<void>>();
  for (const [index, step] of steps.entries()) {
    onStep?.(step, index);
    const startedAt = clock();
    const run: StepRun = { step, startedAt, endedAt: startedAt + step.seconds * 1000, requests: [] };
    runs.push(run);
    for (const offset of arrivalTimes(step)) {
      const due = startedAt + offset;
      const wait = due - clock();
      if (wait > 1) await sleep(wait);
      const user = users[Math.floor(Math.random() * users.length)]!;
      const sentAt = clock();
      const lateMs = Math.max(0, sentAt - due);
      const request = user
        .step(user, (outcome) => run.requests.push({ ...outcome, at: sentAt, lateMs }))
        .catch(() => {
          // traffic.ts records every failure of a request itself; this is a fault of the generator
          run.requests.push({ kind: "page", role: user.role, what: "(generator error)", status: 0, ms: clock() - sentAt, at: sentAt, lateMs });
        });
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    // The next step begins on time even if the last arrival fell early in this one.
    const rest = run.endedAt - clock();
    if (rest > 0) await sleep(rest);
  }
  await Promise.all(inFlight);
  return runs;
}
