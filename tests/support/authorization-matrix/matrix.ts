import type { Watch } from "./records";
import type { Scene } from "./scenes";

/**
 * The vocabulary of the authorization matrix: who acts (role), how the record the call is about
 * relates to them (relation), and what must happen (outcome).
 */

/** The column order of every matrix row: employee, supervisor, bureau coordinator, HR, HQ. */
export const ROLES = ["employee", "supervisor", "coordinator", "hr", "hq"] as const;
export type Role = (typeof ROLES)[number];

/**
 * How the subject record relates to the acting person:
 * - own: the actor's own record;
 * - team: someone in the actor's own org unit (the 係 a supervisor leads, the bureau office a
 *   coordinator sits in, the HR unit) — for unit-owned records, the actor's own unit;
 * - bureau: someone elsewhere in the actor's 局 (another 係 of it) — for bureau-level records
 *   and the bureau dashboards, the actor's 局 itself;
 * - other: someone in another 局 (青葉区 for everyone; HR and HQ sit in 総務局, the others in
 *   健康福祉局);
 * - former: only for a supervisor transferred out of the subject's 係 yesterday, who is still
 *   named as the subject's supervisor, interviewer and OJT supervisor in the old rows;
 * - trainer: only for OJT, the actor is the plan's trainer (the trainee sits in another 局);
 * - cosupervisor: only for a supervisor: the subject leads the actor's own 係 too — both sit in
 *   it and both hold SUPERVISOR over it (HR added the actor beside the 係長, or the 係長 beside
 *   the actor);
 * - subordinate: the actor answers to the subject: the subject leads the 課 above the actor's 係
 *   (SUPERVISOR with its 係) and the personnel data places them in that 係; the actor is a
 *   member of it (employee) or leads it (supervisor, who therefore has the subject in scope);
 * - city: a city-wide commitment, which belongs to no unit;
 * - none: the function has no subject record at all (a catalogue, a dashboard, "my own …"
 *   without a parameter naming whose): its rows are per role only.
 */
export type Relation = "own" | "team" | "bureau" | "other" | "former" | "trainer" | "cosupervisor" | "subordinate" | "city" | "none";
export const RELATIONS: readonly Relation[] = ["own", "team", "bureau", "other", "former", "trainer", "cosupervisor", "subordinate", "city", "none"];

/**
 * What a cell must answer. The AppError codes are thrown refusals; `ok` is success; for lists,
 * `listed` / `unlisted` say whether the subject record is in what came back (a list leaves out
 * what is not the actor's to see, rather than refusing); `yes` / `no` are a helper's answer
 * (does the returned where-clause, flag or field reach the subject).
 */
export type Outcome = "ok" | "NOT_FOUND" | "NOT_ALLOWED" | "INVALID_INPUT" | "CONFLICT" | "listed" | "unlisted" | "yes" | "no";
export const OK: Outcome = "ok";
export const NF: Outcome = "NOT_FOUND";
export const NA: Outcome = "NOT_ALLOWED";
export const BAD: Outcome = "INVALID_INPUT";
export const IN: Outcome = "listed";
export const OUT: Outcome = "unlisted";
export const YES: Outcome = "yes";
export const NO: Outcome = "no";
/** not applicable: the relation does not exist for that role */
export const __ = null;

/** One relation's outcomes, in ROLES order. */
export type RoleOutcomes = readonly [Outcome | null, Outcome | null, Outcome | null, Outcome | null, Outcome | null];
export type Matrix = Partial<Record<Relation, RoleOutcomes>>;

/**
 * - read: returns something or refuses; nothing to compare afterwards;
 * - write: on success it must leave a trace (an audit row or a changed record), on refusal none;
 * - helper: a building block other rows rely on (a where-clause, an access check), run directly.
 */
export type Kind = "read" | "write" | "helper";

export interface FunctionRow<A = unknown, R = unknown> {
  /** the exported name, as the completeness guard finds it */
  fn: string;
  /** its module, from the repository root */
  file: string;
  /** when one function has several rows (a level, a parameter), what tells them apart */
  variant?: string;
  kind: Kind;
  matrix: Matrix;
  /** makes the records the call is about, fresh for each cell */
  arrange?: (scene: Scene) => Promise<A>;
  act: (scene: Scene, arranged: A) => Promise<R>;
  /** turns a result into an outcome: listed/unlisted/yes/no, or ok only when it is the subject's */
  judge?: (result: R, arranged: A, scene: Scene) => Outcome;
  /** the rows a write may change, compared before and after the call with the actor's footprint */
  watch?: (arranged: A, scene: Scene) => Watch[];
}

/** Erases a row's arranged and result types, so rows of different shapes sit in one table. */
export function row<A, R>(definition: FunctionRow<A, R>): FunctionRow {
  return definition as unknown as FunctionRow;
}

/** A list's answer: is the subject record in it. */
export const listed = (found: boolean): Outcome => (found ? IN : OUT);
/** A helper's answer. */
export const yes = (answer: boolean): Outcome => (answer ? YES : NO);
/** A read's answer: ok only when what came back is the subject record itself. */
export const itself = (same: boolean): Outcome => (same ? OK : NO);

export const rowKey = (row: Pick<FunctionRow, "fn" | "variant">) => (row.variant ? `${row.fn} [${row.variant}]` : row.fn);

// Profiles shared by many rows. Each is a matrix like any other; a row that uses one states,
// by its name, that it follows exactly that rule. The headquarters (an extra column: the
// policy's 推進本部, reading the city-wide view) lead no team and sit in 総務局 in name only, so
// for a person's records their cells are own and other.

/** Only the owner: their own record, nobody else's, whatever roles they hold. */
export const OWNER_ONLY: Matrix = {
  own: [OK, OK, OK, OK, OK],
  team: [NF, NF, NF, NF, __],
  bureau: [NF, NF, NF, NF, __],
  other: [NF, NF, NF, NF, NF],
  former: [__, NF, __, __, __],
};

/** A personnel record: the owner, their supervisor, their bureau's coordinator, and HR. */
export const PERSONAL_READ: Matrix = {
  own: [OK, OK, OK, OK, OK],
  team: [NF, OK, OK, OK, __],
  bureau: [NF, NF, OK, OK, __],
  other: [NF, NF, NF, OK, NF],
  former: [__, NF, __, __, __],
};

/**
 * PERSONAL_READ, with the supervisors beside and below the subject: a co-supervisor of the 係 the
 * subject leads, and a 係長 whose 係 their 課長 is placed in, have the subject in their team and
 * read the record like the rest of it; an employee under them reads nothing. What is
 * confidential in it (private notes, transfer wishes) is another row's question.
 */
export const PERSONAL_READ_BESIDE: Matrix = {
  ...PERSONAL_READ,
  cosupervisor: [__, OK, __, __, __],
  subordinate: [NF, OK, __, __, __],
};

/**
 * What is confidential about a person, shown (`yes`) or left out (`no`) of a record the actor may
 * read: the supervisors above them and HR only — never the owner's side of it where so marked by
 * the row, never the coordinator, a co-supervisor or a subordinate. `own` is the row's to add.
 */
export const CONFIDENTIAL_SHOWN: Matrix = {
  team: [NF, YES, NO, YES, __],
  bureau: [NF, NF, NO, YES, __],
  other: [NF, NF, NF, YES, NF],
  former: [__, NF, __, __, __],
  cosupervisor: [__, NO, __, __, __],
  subordinate: [NF, NO, __, __, __],
};

/** What only the subject's current supervisor does (review, record an interview, assign OJT). */
export const SUPERVISOR_OF_SUBJECT: Matrix = {
  own: [NF, NF, NF, NF, NF],
  team: [NF, OK, NF, NF, __],
  bureau: [NF, NF, NF, NF, __],
  other: [NF, NF, NF, NF, NF],
  former: [__, NF, __, __, __],
};

/** A list of the supervisor's team: only supervisors have one; it holds the team, never themselves. */
export const TEAM_LIST: Matrix = {
  own: [NF, OUT, NF, NF, NF],
  team: [NF, IN, NF, NF, __],
  bureau: [NF, OUT, NF, NF, __],
  other: [NF, OUT, NF, NF, NF],
  former: [__, OUT, __, __, __],
};

/** A list of the actor's own things: theirs are in it, nobody else's, whatever their roles. */
export const OWN_LIST: Matrix = {
  own: [IN, IN, IN, IN, IN],
  team: [OUT, OUT, OUT, OUT, __],
  bureau: [OUT, OUT, OUT, OUT, __],
  other: [OUT, OUT, OUT, OUT, OUT],
  former: [__, OUT, __, __, __],
};

/** Everyone, for what every member of staff may do or read (the policy catalogue, their own year). */
export const EVERYONE: Matrix = { none: [OK, OK, OK, OK, OK] };
/** The HR division only; to anyone else it does not exist. */
export const HR_ONLY: Matrix = { none: [NF, NF, NF, OK, NF] };
/** The city-wide view: the HR division and the headquarters. */
export const CITY_READERS: Matrix = { none: [NF, NF, NF, OK, OK] };
/** A bureau dashboard: the coordinator, for their own bureau only. */
export const COORDINATOR_OF_BUREAU: Matrix = {
  bureau: [NF, NF, OK, NF, NF],
  other: [NF, NF, NF, NF, NF],
};
