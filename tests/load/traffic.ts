import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import type { Cast } from "./cast";
import { LOAD_MARK } from "./leftovers";
import { clickRequest } from "./navigation";
import { type ActionAnswer, callFormAction } from "./server-actions";

/**
 * What the signed-in users do during a phase: each waits a think time, then opens a page of
 * their role, writes something of their own, or tries a record outside their scope, and the
 * outcome of every request is recorded with its time.
 */

/** page: a whole document; click: the same page reached by a link, as the browser's router asks for it (navigation.ts) */
export type Kind = "page" | "click" | "write" | "probe";

export interface Outcome {
  /** when the request was sent, in ms since the phase began */
  at: number;
  kind: Kind;
  role: string;
  what: string;
  /** the HTTP status, or 0 when no answer came (connection refused or reset, timeout) */
  status: number;
  ms: number;
  /** probes: answered with anything but 404 (a record outside one's scope was served) */
  leaked?: boolean;
  /** why no answer came (status 0): the error's code, such as UND_ERR_SOCKET or a timeout */
  error?: string;
}

/** A write whose outcome the consistency check compares with the database afterwards. */
export interface Write {
  kind: "training" | "comment";
  marker: string;
  employeeId: number;
  planId?: number;
  /** the portal answered that the write was done */
  acknowledged: boolean;
  /** the HTTP status of the answer (0: none came) */
  status?: number;
}

export interface Traffic {
  outcomes: Outcome[];
  writes: Write[];
}

export interface Actions {
  createTraining: string;
  reviewPlan: string;
}

export interface User {
  role: string;
  cookie: string;
  /** the page open in this user's browser (a path), once one has loaded */
  open?: string;
  /** one step: a request (or an action) chosen for this role */
  step: (user: User, record: (o: Omit<Outcome, "at">) => void) => Promise<void>;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** fetch fails with "fetch failed" and the reason in its cause: keep the reason's code. */
function failureCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? (error as Error).name ?? "error";
}

/** Markers make every write findable afterwards; the run id keeps runs apart. */
let counter = 0;
function marker(runId: string, what: string): string {
  counter += 1;
  return `${LOAD_MARK} ${runId} ${what} ${counter}`;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/**
 * Opens a page for a user. A user with a page open reaches the next one by a link (a click),
 * except for the share that opens it whole (a new tab, a bookmark, a reload). A download (an
 * export) is always a whole request, and a probe is an address typed in, so whole too.
 */
export function pageOpener(baseUrl: string, clickShare: number) {
  return async (user: User, path: string, record: (o: Omit<Outcome, "at">) => void, reach: "link" | "download" | "probe" = "link") => {
    const from = reach === "link" && Math.random() < clickShare ? user.open : undefined;
    const kind: Kind = reach === "probe" ? "probe" : from === undefined ? "page" : "click";
    const started = performance.now();
    let status = 0;
    let error: string | undefined;
    try {
      const { url, headers } = from === undefined ? { url: new URL(path, baseUrl), headers: {} } : await clickRequest(baseUrl, path, from);
      const response = await fetch(url, {
        headers: { ...headers, Cookie: user.cookie },
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch (caught) {
      error = failureCode(caught);
    }
    if (reach === "link" && status === 200) user.open = path;
    const what = path.replace(/\d+/g, ":id").replace(/\?.*$/, "");
    record({
      kind,
      role: user.role,
      what,
      status,
      ms: performance.now() - started,
      ...(kind === "probe" ? { leaked: status !== 404 && status !== 0 && status < 500 } : {}),
      ...(error ? { error } : {}),
    });
  };
}

/**
 * `--page`: users who open one page and nothing else, reached as the mix reaches its pages. On
 * the bench's floor (a signed-in page with nothing of its own) or ceiling (no session, no
 * database), what the steps serve is what the stack itself serves on this machine, the most any
 * mix of real pages could reach.
 */
export function makePageUsers(baseUrl: string, cookies: string[], path: string, clickShare: number): User[] {
  const page = pageOpener(baseUrl, clickShare);
  return cookies.map((cookie) => ({ role: "page", cookie, step: (user, record) => page(user, path, record) }));
}

export function makeUsers(
  baseUrl: string,
  cast: Cast,
  cookies: Map<number, string>,
  actions: Actions,
  runId: string,
  traffic: Traffic,
  fiscalYear: number,
  clickShare: number,
): User[] {
  const cookieOf = (employeeId: number) => {
    const cookie = cookies.get(employeeId);
    if (!cookie) throw new Error(`no session for employee ${employeeId}`);
    return cookie;
  };

  const page = pageOpener(baseUrl, clickShare);

  const act = async (
    user: User,
    what: string,
    run: () => Promise<ActionAnswer>,
    done: (answer: ActionAnswer) => boolean,
    write: Write,
    record: (o: Omit<Outcome, "at">) => void,
  ) => {
    const started = performance.now();
    let status = 0;
    let error: string | undefined;
    try {
      const answer = await run();
      status = answer.status;
      write.status = answer.status;
      write.acknowledged = answer.status === 200 && done(answer);
    } catch (caught) {
      error = failureCode(caught);
    }
    traffic.writes.push(write);
    record({ kind: "write", role: user.role, what, status, ms: performance.now() - started, ...(error ? { error } : {}) });
  };

  const today = toIsoDate(tokyoDate());
  const users: User[] = [];

  for (const employee of cast.employees) {
    users.push({
      role: "employee",
      cookie: cookieOf(employee.employeeId),
      step: async (user, record) => {
        const roll = Math.random();
        if (roll < 0.35) return page(user, "/me", record);
        if (roll < 0.55) return page(user, "/me/records", record);
        if (roll < 0.7) return page(user, `/me/plans/${fiscalYear}`, record);
        if (roll < 0.9) {
          const write: Write = { kind: "training", marker: marker(runId, "研修"), employeeId: employee.employeeId, acknowledged: false };
          const fields = { fiscalYear: String(fiscalYear), programmeName: write.marker, kind: "EXTERNAL", startOn: today, endOn: today, hours: "1.5" };
          return act(
            user,
            "createTrainingAction",
            () =>
              callFormAction(baseUrl, user.cookie, "/me/records/training/new", actions.createTraining, fields, {
                signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
              }),
            (answer) => (answer.result as { done?: { key?: string } } | undefined)?.done?.key === "trainingCreated",
            write,
            record,
          );
        }
        return page(user, `/plans/${employee.foreignPlanId}`, record, "probe");
      },
    });
  }

  for (const supervisor of cast.supervisors) {
    users.push({
      role: "supervisor",
      cookie: cookieOf(supervisor.employeeId),
      step: async (user, record) => {
        const roll = Math.random();
        if (roll < 0.4) return page(user, "/team", record);
        if (roll < 0.6) return page(user, `/plans/${supervisor.teamPlanId}`, record);
        if (roll < 0.7) return page(user, "/team/ojt", record);
        if (roll < 0.9) {
          const write: Write = {
            kind: "comment",
            marker: marker(runId, "コメント"),
            employeeId: supervisor.employeeId,
            planId: supervisor.teamPlanId,
            acknowledged: false,
          };
          // As the review form posts it: the version rides along with every decision.
          const fields = { planId: String(supervisor.teamPlanId), version: String(supervisor.teamPlanVersion), decision: "comment", comment: write.marker };
          return act(
            user,
            "reviewPlanAction (comment)",
            () =>
              callFormAction(baseUrl, user.cookie, `/plans/${supervisor.teamPlanId}`, actions.reviewPlan, fields, {
                signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
              }),
            (answer) => (answer.result as { ok?: boolean } | undefined)?.ok === true,
            write,
            record,
          );
        }
        return page(user, `/plans/${supervisor.foreignPlanId}`, record, "probe");
      },
    });
  }

  for (const coordinator of cast.coordinators) {
    users.push({
      role: "bureau",
      cookie: cookieOf(coordinator.employeeId),
      step: async (user, record) => {
        const roll = Math.random();
        if (roll < 0.6) return page(user, `/bureau?fy=${fiscalYear}`, record);
        if (roll < 0.85) return page(user, `/bureau/sections/${coordinator.sectionId}?fy=${fiscalYear}`, record);
        return page(user, `/bureau/sections/${coordinator.foreignSectionId}?fy=${fiscalYear}`, record, "probe");
      },
    });
  }

  for (const hr of cast.hr) {
    users.push({
      role: "hr",
      cookie: cookieOf(hr.employeeId),
      step: async (user, record) => {
        const path = pick([`/city?fy=${fiscalYear}`, `/city?fy=${fiscalYear}`, `/city/trends?fy=${fiscalYear}`, `/city/measures?fy=${fiscalYear}`, null]);
        return path === null ? page(user, `/city/export?table=bureaus&format=csv&fy=${fiscalYear}`, record, "download") : page(user, path, record);
      },
    });
  }
  return users;
}

/**
 * Runs every user until `durationMs` has passed: think time first (uniform between the two
 * bounds, and a random start so the users do not arrive in step), then one step, again.
 */
export async function runUsers(users: User[], durationMs: number, thinkMs: [number, number], traffic: Traffic, startedAt: number): Promise<void> {
  const end = startedAt + durationMs;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const think = () => thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0]);
  await Promise.all(
    users.map(async (user) => {
      await sleep(Math.random() * thinkMs[1]);
      while (Date.now() < end) {
        const began = Date.now() - startedAt;
        await user.step(user, (outcome) => traffic.outcomes.push({ ...outcome, at: began }));
        await sleep(think());
      }
    }),
  );
}
