import type { AccountKey, Accounts } from "./accounts";
import type { Records, SupervisorRecords } from "./records";

/**
 * What a target is held to at 10 connections (issue 16): every page a p95 under 300 ms and at
 * least half the ceiling page's throughput in the same run and mode; the pages everyone opens
 * every day (the employee's and the team view) 70 %. HTML at most 150 KB; the employee's
 * pages (/me…) and the supervisor's (/team…, /plans/…, /ojt/…, /interviews/…) 60 KB, as they
 * are opened on phones. Exports are not HTML: no size budget.
 */
export const BUDGETS = {
  ceiling: null,
  /** the signed-in floor (app/(portal)/bench-floor): a reference like the ceiling, held to nothing */
  floor: null,
  /** the employee's /me… pages and the team view */
  daily: { share: 0.7, maxKb: 60 },
  /** the employee's pages outside /me (their interview and OJT plan are under 60 KB by path) */
  employee: { share: 0.7, maxKb: 150 },
  supervisor: { share: 0.5, maxKb: 60 },
  page: { share: 0.5, maxKb: 150 },
  export: { share: 0.5, maxKb: null },
} as const;
export type BudgetName = keyof typeof BUDGETS;
export const P95_BUDGET_MS = 300;

export type ContentType = "text/html" | "text/csv" | "application/json";

export interface TargetContext {
  fiscalYear: number;
  accounts: Accounts;
  records: Records;
}

/** A route the dataset has nothing for (no transfer to hand over, say): reported, not loaded. */
export interface NoData {
  noData: string;
}

export interface TargetSpec {
  /** `<account>.<page>`, as --only takes it */
  id: string;
  /** the app route it measures, as app/ spells it without route groups: "/plans/[planId]" */
  route: string;
  /** whose session opens it; null for the ceiling and the sign-in page */
  account: AccountKey | null;
  budget: BudgetName;
  contentType: ContentType;
  path: (context: TargetContext) => string | NoData;
}

export interface Target extends Omit<TargetSpec, "path"> {
  path: string;
}

/** Routes under app/ the bench does not load, each with why (tests/unit/bench-targets.test.ts). */
export const EXCLUDED_ROUTES: Record<string, string> = {
  "/": "redirects to the signed-in person's dashboard (each dashboard is measured itself)",
};

/** Ids of the targets the Node.js comparison measures: the ceiling and one dashboard per role. */
export const NODE_COMPARISON_IDS = ["ceiling", "employee.me", "supervisor.team", "bureau-largest.dashboard", "hr.city"];

export const ACCOUNT_IDS: Record<AccountKey, string> = {
  employee: "employee",
  supervisor: "supervisor",
  supervisorLargest: "supervisor-largest",
  bureau: "bureau",
  bureauLargest: "bureau-largest",
  hr: "hr",
  hq: "hq",
};

const record = (id: number | null, what: string, build: (id: number) => string): string | NoData =>
  id === null ? { noData: `the dataset has no ${what}` } : build(id);

const html = "text/html" as const;

/** The city dataset's sessions are not published for applications, so no one has applied or reported. */
const NO_APPLICATIONS: NoData = {
  noData: "the dataset has no session open for applications and no attendance report (training applications are not generated)",
};

/** What the staff searches ask: a reading hundreds share (サトウ in the city dataset, 1,716 people). */
const STAFF_QUERY = "さとう";

function employeeTargets(): TargetSpec[] {
  const spec = (name: string, route: string, budget: BudgetName, path: TargetSpec["path"], contentType: ContentType = html): TargetSpec => ({
    id: `employee.${name}`,
    route,
    account: "employee",
    budget,
    contentType,
    path,
  });
  return [
    spec("me", "/me", "daily", () => "/me"),
    spec("plans", "/me/plans", "daily", () => "/me/plans"),
    spec("plan", "/me/plans/[fiscalYear]", "daily", ({ fiscalYear }) => `/me/plans/${fiscalYear}`),
    spec("plan-edit", "/me/plans/[fiscalYear]/edit", "daily", ({ fiscalYear }) => `/me/plans/${fiscalYear}/edit`),
    spec("plan-sheet", "/me/plans/[fiscalYear]/sheet", "daily", ({ fiscalYear }) => `/me/plans/${fiscalYear}/sheet`),
    spec("commitment", "/me/plans/[fiscalYear]/commitments/[commitmentId]", "daily", ({ fiscalYear, records }) =>
      record(records.employee.commitmentId, "commitment in the employee's plan this year", (id) => `/me/plans/${fiscalYear}/commitments/${id}`),
    ),
    spec("plan-year-end", "/me/plans/[fiscalYear]/year-end", "daily", ({ fiscalYear, records }) =>
      record(records.employee.ratedCommitmentId, "agreed commitment in the employee's plan this year", () => `/me/plans/${fiscalYear}/year-end`),
    ),
    spec("commitment-new", "/me/plans/[fiscalYear]/commitments/new", "daily", ({ fiscalYear }) => `/me/plans/${fiscalYear}/commitments/new`),
    spec("records", "/me/records", "daily", () => "/me/records"),
    spec("training-new", "/me/records/training/new", "daily", () => "/me/records/training/new"),
    spec("training-edit", "/me/records/training/[recordId]/edit", "daily", ({ records }) =>
      record(records.employee.trainingRecordId, "training record of the employee", (id) => `/me/records/training/${id}/edit`),
    ),
    spec("qualification-new", "/me/records/qualifications/new", "daily", () => "/me/records/qualifications/new"),
    spec("qualification-edit", "/me/records/qualifications/[recordId]/edit", "daily", ({ records }) =>
      record(records.employee.qualificationRecordId, "qualification record of the employee", (id) => `/me/records/qualifications/${id}/edit`),
    ),
    spec("interviews", "/me/interviews", "daily", () => "/me/interviews"),
    spec("interview", "/interviews/[interviewId]", "daily", ({ records }) =>
      record(records.employee.interviewId, "career interview of the employee", (id) => `/interviews/${id}`),
    ),
    spec("ojt", "/ojt/[ojtPlanId]", "daily", ({ records }) =>
      record(records.employee.ojtPlanId, "OJT plan with the employee as trainee", (id) => `/ojt/${id}`),
    ),
    spec("notifications", "/notifications", "employee", () => "/notifications"),
    spec("policy", "/policy", "employee", () => "/policy"),
    spec("disclosure", "/me/disclosure", "export", () => "/me/disclosure", "application/json"),
    spec("disclosure-document", "/me/disclosure/document", "daily", () => "/me/disclosure/document"),
    spec("trainings", "/me/trainings", "daily", () => "/me/trainings"),
    spec("trainings-open", "/me/trainings/open", "daily", () => "/me/trainings/open"),
    spec("trainings-apply", "/me/trainings/open/[sessionId]", "daily", () => NO_APPLICATIONS),
    spec("trainings-report", "/me/trainings/reports/[enrolmentId]", "daily", () => NO_APPLICATIONS),
  ];
}

/** The same pages for the typical team and the largest scope: their cost grows with the team. */
function supervisorTargets(account: "supervisor" | "supervisorLargest"): TargetSpec[] {
  const own = ({ records }: TargetContext): SupervisorRecords => records[account];
  const spec = (name: string, route: string, budget: BudgetName, path: TargetSpec["path"]): TargetSpec => ({
    id: `${ACCOUNT_IDS[account]}.${name}`,
    route,
    account,
    budget,
    contentType: html,
    path,
  });
  return [
    spec("team", "/team", "daily", () => "/team"),
    spec("commitments", "/team/commitments", "supervisor", () => "/team/commitments"),
    spec("commitment-new", "/team/commitments/new", "supervisor", () => "/team/commitments/new"),
    spec("interviews", "/team/interviews", "supervisor", () => "/team/interviews"),
    spec("interview-new", "/team/interviews/new", "supervisor", (c) =>
      record(own(c).intervieweeId, "team member", (id) => `/team/interviews/new?employee=${id}`),
    ),
    spec("ojt", "/team/ojt", "supervisor", () => "/team/ojt"),
    spec("ojt-new", "/team/ojt/new", "supervisor", (c) =>
      record(own(c).traineeId, "team member without an OJT plan this year", (id) => `/team/ojt/new?trainee=${id}`),
    ),
    spec("records", "/team/records", "supervisor", () => "/team/records"),
    spec("training-applications", "/team/training-applications", "supervisor", () => "/team/training-applications"),
    spec("transfers", "/team/transfers", "supervisor", () => "/team/transfers"),
    spec("acting", "/team/acting", "supervisor", () => "/team/acting"),
    spec("plan", "/plans/[planId]", "supervisor", (c) => record(own(c).reviewPlanId, "plan awaiting this supervisor's review", (id) => `/plans/${id}`)),
    spec("proxy-start", "/team/proxy/[employeeId]", "supervisor", (c) =>
      record(own(c).proxyMemberId, "member of a unit this supervisor leads", (id) => `/team/proxy/${id}`),
    ),
    spec("proxy-entry", "/plans/[planId]/proxy", "supervisor", (c) =>
      record(own(c).proxyPlanId, "draft or returned plan of such a member this year", (id) => `/plans/${id}/proxy`),
    ),
    spec("plan-year-end", "/plans/[planId]/year-end", "supervisor", (c) =>
      record(
        own(c).yearEndPlanId,
        "plan this year with a commitment rated by its owner, of a member whose plan this supervisor reviews (the comment page opens once one is rated)",
        (id) => `/plans/${id}/year-end`,
      ),
    ),
    spec("plan-sheet", "/plans/[planId]/sheet", "supervisor", (c) =>
      record(own(c).reviewPlanId, "plan awaiting this supervisor's review", (id) => `/plans/${id}/sheet`),
    ),
    spec("ojt-plan", "/ojt/[ojtPlanId]", "supervisor", (c) => record(own(c).ojtPlanId, "OJT plan of a team member", (id) => `/ojt/${id}`)),
    spec("ojt-plan-edit", "/ojt/[ojtPlanId]/edit", "supervisor", (c) => record(own(c).ojtPlanId, "OJT plan of a team member", (id) => `/ojt/${id}/edit`)),
    spec("interview", "/interviews/[interviewId]", "supervisor", (c) =>
      record(own(c).interviewId, "career interview of a team member", (id) => `/interviews/${id}`),
    ),
    spec("commitment", "/commitments/[commitmentId]", "page", (c) =>
      record(own(c).teamCommitmentId, "TEAM commitment of a unit this supervisor leads", (id) => `/commitments/${id}`),
    ),
    spec("commitment-level", "/commitments/new", "page", () => "/commitments/new?level=TEAM"),
    spec("handover", "/handovers/[transferId]", "page", (c) =>
      record(own(c).transferId, "staff transfer of a team member (no handover to read)", (id) => `/handovers/${id}`),
    ),
  ];
}

function bureauTargets(account: "bureau" | "bureauLargest"): TargetSpec[] {
  const bureauId = ({ accounts }: TargetContext) => (account === "bureau" ? accounts.typicalBureau : accounts.largestBureau).id;
  const own = ({ records }: TargetContext) => records[account];
  const spec = (name: string, route: string, budget: BudgetName, path: TargetSpec["path"], contentType: ContentType = html): TargetSpec => ({
    id: `${ACCOUNT_IDS[account]}.${name}`,
    route,
    account,
    budget,
    contentType,
    path,
  });
  return [
    spec("dashboard", "/bureau", "page", (c) => `/bureau?fy=${c.fiscalYear}&bureau=${bureauId(c)}`),
    spec("commitments", "/bureau/commitments", "page", () => "/bureau/commitments"),
    spec("section", "/bureau/sections/[sectionId]", "page", (c) =>
      record(own(c).sectionId, "section in this bureau", (id) => `/bureau/sections/${id}?fy=${c.fiscalYear}`),
    ),
    spec("export", "/bureau/export", "export", (c) => `/bureau/export?table=sections&format=csv&fy=${c.fiscalYear}&bureau=${bureauId(c)}`, "text/csv"),
    spec("commitment", "/commitments/[commitmentId]", "page", (c) =>
      record(own(c).bureauCommitmentId, "BUREAU commitment of this bureau", (id) => `/commitments/${id}`),
    ),
    spec("commitment-level", "/commitments/new", "page", () => "/commitments/new?level=BUREAU"),
    // A common reading: a full page of results out of many, in hiragana against katakana.
    spec("staff", "/bureau/staff", "page", () => `/bureau/staff?q=${encodeURIComponent(STAFF_QUERY)}`),
    spec("staff-record", "/bureau/staff/[employeeId]", "page", (c) => record(own(c).memberId, "active member of this bureau", (id) => `/bureau/staff/${id}`)),
    // Each step's done / not done over the whole bureau, counted in one statement.
    spec("cycle", "/bureau/cycle", "page", () => "/bureau/cycle"),
  ];
}

/** The city view the HR division and the headquarters share. */
function cityTargets(account: "hr" | "hq"): TargetSpec[] {
  const spec = (name: string, route: string, budget: BudgetName, path: TargetSpec["path"], contentType: ContentType = html): TargetSpec => ({
    id: `${account}.${name}`,
    route,
    account,
    budget,
    contentType,
    path,
  });
  return [
    spec("city", "/city", "page", (c) => `/city?fy=${c.fiscalYear}`),
    spec("trends", "/city/trends", "page", (c) => `/city/trends?fy=${c.fiscalYear}`),
    spec("measures", "/city/measures", "page", (c) => `/city/measures?fy=${c.fiscalYear}`),
    spec("commitments", "/city/commitments", "page", () => "/city/commitments"),
    spec("report", "/city/report", "page", (c) => `/city/report?fy=${c.fiscalYear}`),
    spec("export", "/city/export", "export", (c) => `/city/export?table=bureaus&format=csv&fy=${c.fiscalYear}`, "text/csv"),
    spec("commitment", "/commitments/[commitmentId]", "page", ({ records }) =>
      record(records.city.cityCommitmentId, "CITY commitment", (id) => `/commitments/${id}`),
    ),
  ];
}

/** The HR division's own tools, beyond the city view. */
function hrTargets(): TargetSpec[] {
  const spec = (name: string, route: string, budget: BudgetName, path: TargetSpec["path"], contentType: ContentType = html): TargetSpec => ({
    id: `hr.${name}`,
    route,
    account: "hr",
    budget,
    contentType,
    path,
  });
  return [
    spec("catalogue", "/city/catalogue", "page", () => "/city/catalogue"),
    spec("programmes", "/city/programmes", "page", () => "/city/programmes"),
    spec("programme", "/city/programmes/[programmeId]", "page", ({ records }) =>
      record(records.city.programmeId, "training programme", (id) => `/city/programmes/${id}`),
    ),
    spec("session", "/city/programmes/sessions/[sessionId]", "page", ({ records }) =>
      record(records.city.sessionId, "training session", (id) => `/city/programmes/sessions/${id}`),
    ),
    spec("session-applications", "/city/programmes/sessions/[sessionId]/applications", "page", ({ records }) =>
      record(records.city.sessionId, "training session", (id) => `/city/programmes/sessions/${id}/applications`),
    ),
    spec("import", "/city/import", "page", () => "/city/import"),
    spec("rollover", "/city/rollover", "page", () => "/city/rollover"),
    spec("year-end", "/city/year-end", "page", (c) => `/city/year-end?fy=${c.fiscalYear}`),
    spec("roles", "/city/roles", "page", () => "/city/roles"),
    spec("transfers", "/city/transfers", "page", () => "/city/transfers"),
    spec("audit", "/city/audit", "page", () => "/city/audit"),
    spec("audit-export", "/city/audit/export", "export", () => "/city/audit/export", "text/csv"),
    spec("settings", "/city/settings", "page", () => "/city/settings"),
    // The year's windows and each step counted over the whole city.
    spec("cycle", "/city/cycle", "page", () => "/city/cycle"),
    spec("acting", "/city/acting", "page", () => "/city/acting"),
    spec("commitment-level", "/commitments/new", "page", () => "/commitments/new?level=CITY"),
    spec("staff", "/city/staff", "page", () => `/city/staff?q=${encodeURIComponent(STAFF_QUERY)}`),
    spec("staff-record", "/city/staff/[employeeId]", "page", ({ accounts }) => `/city/staff/${accounts.employee.employeeId}`),
  ];
}

/** Every target, the ceiling first: its throughput is what the others are compared with. */
export const TARGETS: readonly TargetSpec[] = [
  { id: "ceiling", route: "/bench-ceiling", account: null, budget: "ceiling", contentType: html, path: () => "/bench-ceiling" },
  // The portal's layout alone, signed in: what every signed-in page costs before its own content.
  { id: "floor", route: "/bench-floor", account: "employee", budget: "floor", contentType: html, path: () => "/bench-floor" },
  { id: "signin", route: "/signin", account: null, budget: "page", contentType: html, path: () => "/signin" },
  ...employeeTargets(),
  ...supervisorTargets("supervisor"),
  ...supervisorTargets("supervisorLargest"),
  ...bureauTargets("bureau"),
  ...bureauTargets("bureauLargest"),
  ...cityTargets("hr"),
  ...hrTargets(),
  ...cityTargets("hq"),
];

export interface ResolvedTargets {
  targets: Target[];
  noData: { spec: TargetSpec; reason: string }[];
}

/** The targets with their URLs for this dataset; the ceiling and the floor always, the rest filtered by --only. */
export function resolveTargets(context: TargetContext, only: string[]): ResolvedTargets {
  const wanted = (spec: TargetSpec) =>
    spec.budget === "ceiling" ||
    spec.budget === "floor" ||
    only.length === 0 ||
    only.some((item) => item === spec.id || (spec.account !== null && item === ACCOUNT_IDS[spec.account]));
  const resolved: ResolvedTargets = { targets: [], noData: [] };
  for (const spec of TARGETS.filter(wanted)) {
    const path = spec.path(context);
    if (typeof path === "string") resolved.targets.push({ ...spec, path });
    else resolved.noData.push({ spec, reason: path.noData });
  }
  return resolved;
}

/** What --only accepts: a target id or an account's id (all its targets). */
export function knownSelectors(): string[] {
  return [...TARGETS.map((spec) => spec.id), ...Object.values(ACCOUNT_IDS)];
}

export type Verification = { ok: true; bytes: number } | { ok: false; problem: string };

/**
 * One request as the load will make it. Anything but a 200 of the expected type means the
 * numbers would measure a redirect to /signin, a 404 (the wrong account for the page) or an
 * error page: the target is reported as failed and not loaded.
 */
export async function verifyTarget(baseUrl: string, target: Target, cookie: string | undefined): Promise<Verification> {
  const response = await fetch(new URL(target.path, baseUrl), { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
  const body = await response.arrayBuffer();
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200) {
    const location = response.headers.get("location");
    return { ok: false, problem: `answered ${response.status}${location ? ` → ${location}` : ""}` };
  }
  if (!type.startsWith(target.contentType)) return { ok: false, problem: `answered ${type || "no content type"}, not ${target.contentType}` };
  if (body.byteLength === 0) return { ok: false, problem: "answered an empty body" };
  // The size is reported: rendering and sending the HTML is part of what is measured.
  return { ok: true, bytes: body.byteLength };
}
