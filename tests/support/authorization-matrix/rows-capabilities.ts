import { administersCity, assertBureauCommitmentsReader, cityCommitmentsReader, coordinatedBureauNames } from "@/lib/platform/auth/menu-capabilities";
import { db } from "@/lib/platform/db/client";
import { leadsSeveralUnits, supervisedUnitNames } from "@/lib/people/team/team-units";
import { __, type FunctionRow, NF, NO, OK, row, YES, yes } from "./matrix";
import { HELD } from "./rows-people";

/**
 * The capabilities pages ask for instead of testing roles (lib/platform/auth/menu-capabilities.ts, the
 * team pages' lead line): pure functions of the actor, run directly. A name list answers `yes`
 * when it names the unit of the cell's relation.
 */

const CAPABILITIES_FILE = "lib/platform/auth/menu-capabilities.ts";
const TEAM_UNITS_FILE = "lib/people/team/team-units.ts";
const unitName = async (id: number) => (await db.orgUnit.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;

export const capabilityRows: FunctionRow[] = [
  row({
    fn: "administersCity",
    file: CAPABILITIES_FILE,
    kind: "helper",
    matrix: { none: [NO, NO, NO, YES, NO] },
    act: async (s) => administersCity(s.actor),
    judge: (administers) => yes(administers),
  }),
  row({
    fn: "cityCommitmentsReader",
    file: CAPABILITIES_FILE,
    kind: "helper",
    // `yes`: the page serves the actor in the role they hold (HR records and reviews the bureaus', HQ reviews the city's).
    matrix: { none: [NO, NO, NO, YES, YES] },
    act: async (s) => cityCommitmentsReader(s.actor),
    judge: (reader, _a, s) => yes(reader === HELD[s.role]),
  }),
  row({
    fn: "assertBureauCommitmentsReader",
    file: CAPABILITIES_FILE,
    kind: "helper",
    matrix: { none: [NF, NF, OK, NF, NF] },
    act: async (s) => assertBureauCommitmentsReader(s.actor),
  }),
  row({
    fn: "coordinatedBureauNames",
    file: CAPABILITIES_FILE,
    kind: "helper",
    matrix: { none: [NO, NO, YES, NO, NO], other: [NO, NO, NO, NO, NO] },
    act: async (s) => ({ names: coordinatedBureauNames(s.actor), bureau: await unitName(s.bureau.id) }),
    judge: ({ names, bureau }) => yes(names.includes(bureau)),
  }),
  row({
    fn: "supervisedUnitNames",
    file: TEAM_UNITS_FILE,
    kind: "helper",
    // The transferred supervisor's ended grant over their old 係 names it no longer.
    matrix: { none: [NO, YES, NO, NO, NO], former: [__, NO, __, __, __] },
    act: async (s) => ({ names: supervisedUnitNames(s.actor), team: await unitName(s.teamUnit.id) }),
    judge: ({ names, team }) => yes(names.includes(team)),
  }),
  row({
    fn: "leadsSeveralUnits",
    file: TEAM_UNITS_FILE,
    kind: "helper",
    // No scene's supervisor leads several units (the transferred one leads only their new 係): the row pins that one grant is not several.
    matrix: { none: [NO, NO, NO, NO, NO], former: [__, NO, __, __, __] },
    act: async (s) => leadsSeveralUnits(s.actor),
    judge: (several) => yes(several),
  }),
];
