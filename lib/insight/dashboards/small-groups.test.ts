import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AtomCount, type BandOrNone, type Group, MIN_GROUP, withheldGroups } from "./small-groups";

/**
 * The suppression rule checked against everything a reader could compute: every shown cell is a
 * row over the atoms, and exact linear algebra (rationals, no rounding) decides whether a set of
 * one or two people lies in the span of the shown rows, i.e. whether some sum and difference of
 * shown figures is a figure about them.
 */

const BANDS: BandOrNone[] = ["STAFF", "CHIEF", "MANAGER", "NONE"];
const SHOWN_BANDS = [undefined, "STAFF", "CHIEF", "MANAGER"] as const;

function everyGroup(bureauIds: number[], jobs: string[]): Group[] {
  return [undefined, ...bureauIds].flatMap((bureauId) =>
    [undefined, ...jobs].flatMap((job) => SHOWN_BANDS.flatMap((band) => [false, true].map((youngOnly) => ({ bureauId, job, band, youngOnly })))),
  );
}

const holds = (group: Group, atom: AtomCount) =>
  (group.bureauId === undefined || group.bureauId === atom.bureauId) &&
  (group.job === undefined || group.job === atom.job) &&
  (group.band === undefined || group.band === atom.band) &&
  (!group.youngOnly || atom.young);

/** The rows of the shown cells over the non-empty atoms, reduced to echelon form over the rationals. */
class RowSpace {
  private readonly rows: { pivot: number; values: bigint[] }[] = [];

  private reduce(vector: readonly bigint[]): bigint[] {
    let values = [...vector];
    for (const row of this.rows) {
      const here = values[row.pivot] ?? 0n;
      if (here === 0n) continue;
      const scale = row.values[row.pivot] ?? 1n;
      values = values.map((value, i) => value * scale - (row.values[i] ?? 0n) * here);
      const divisor = values.reduce((g, value) => gcd(g, value < 0n ? -value : value), 0n);
      if (divisor > 1n) values = values.map((value) => value / divisor);
    }
    return values;
  }

  add(vector: readonly bigint[]): void {
    const values = this.reduce(vector);
    const pivot = values.findIndex((value) => value !== 0n);
    if (pivot !== -1) this.rows.push({ pivot, values });
  }

  contains(vector: readonly bigint[]): boolean {
    return this.reduce(vector).every((value) => value === 0n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** The sets of one or two people some combination of the shown figures describes, by atom index. */
function derivableSmallSets(atoms: AtomCount[], bureauIds: number[]): number[][] {
  const populated = atoms.filter((atom) => atom.people > 0);
  const jobs = [...new Set(populated.map((atom) => atom.job))];
  const withheld = withheldGroups(atoms, bureauIds);
  const space = new RowSpace();
  for (const group of everyGroup(bureauIds, jobs)) {
    if (!withheld.isWithheld(group)) space.add(populated.map((atom) => (holds(group, atom) ? 1n : 0n)));
  }
  const unit = (...indexes: number[]) => populated.map((_, i) => (indexes.includes(i) ? 1n : 0n));
  const sets: number[][] = [];
  populated.forEach((atom, i) => {
    if (atom.people < MIN_GROUP && space.contains(unit(i))) sets.push([i]);
    populated.forEach((other, j) => {
      if (j > i && atom.people === 1 && other.people === 1 && space.contains(unit(i, j))) sets.push([i, j]);
    });
  });
  return sets;
}

const atomsArbitrary = fc.uniqueArray(
  fc.record({
    bureauId: fc.integer({ min: 1, max: 3 }),
    job: fc.constantFrom("事務", "技術", "保健師"),
    band: fc.constantFrom(...BANDS),
    young: fc.boolean(),
    people: fc.oneof(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 12 })),
  }),
  { selector: (atom) => `${atom.bureauId}|${atom.job}|${atom.band}|${atom.young}`, minLength: 1, maxLength: 24 },
);

const atom = (bureauId: number, job: string, band: BandOrNone, young: boolean, people: number): AtomCount => ({ bureauId, job, band, young, people });

describe("small-group suppression", () => {
  it("lets no combination of shown figures describe one or two people, whatever the population", () => {
    fc.assert(
      fc.property(atomsArbitrary, (atoms) => {
        expect(derivableSmallSets(atoms, [1, 2, 3])).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("shows no group of one or two people", () => {
    fc.assert(
      fc.property(atomsArbitrary, (atoms) => {
        const withheld = withheldGroups(atoms, [1, 2, 3]);
        for (const group of everyGroup([1, 2, 3], ["事務", "技術", "保健師"])) {
          const people = atoms.filter((a) => holds(group, a)).reduce((sum, a) => sum + a.people, 0);
          if (people > 0 && people < MIN_GROUP) expect(withheld.isWithheld(group)).toBe(true);
        }
      }),
    );
  });

  it("withholds nothing when every atom holds three or more, and never a group of nobody", () => {
    const atoms = [atom(1, "事務", "STAFF", true, 5), atom(1, "事務", "STAFF", false, 3), atom(2, "技術", "CHIEF", false, 4)];
    const withheld = withheldGroups(atoms, [1, 2, 3]);
    expect(everyGroup([1, 2, 3], ["事務", "技術"]).filter((group) => withheld.isWithheld(group))).toEqual([]);
    expect(withheld.isWithheld({ bureauId: 99 })).toBe(false);
    expect(withheld.isWithheld({ job: "獣医師" })).toBe(false);
  });

  it("closes the issue's subtraction: 9 in a band, 8 of them young, so the one other is not shown by difference", () => {
    const atoms = [
      atom(1, "事務", "STAFF", true, 8),
      atom(1, "事務", "STAFF", false, 1),
      atom(1, "事務", "CHIEF", false, 6),
      atom(2, "事務", "STAFF", true, 7),
      atom(2, "事務", "STAFF", false, 5),
      atom(2, "事務", "CHIEF", false, 4),
    ];
    const withheld = withheldGroups(atoms, [1, 2]);
    const banded = !withheld.isWithheld({ bureauId: 1, band: "STAFF" });
    const youngBanded = !withheld.isWithheld({ bureauId: 1, band: "STAFF", youngOnly: true });
    expect(banded && youngBanded).toBe(false);
    // the bureau's own row and the city total stay
    expect(withheld.isWithheld({ bureauId: 1 })).toBe(false);
    expect(withheld.isWithheld({})).toBe(false);
    expect(derivableSmallSets(atoms, [1, 2])).toEqual([]);
  });

  it("keeps the city total when one bureau is small, withholding a second bureau instead", () => {
    const atoms = [atom(1, "事務", "STAFF", false, 2), atom(2, "事務", "STAFF", false, 10), atom(3, "事務", "STAFF", false, 5)];
    const withheld = withheldGroups(atoms, [1, 2, 3]);
    expect([1, 2, 3].map((bureauId) => withheld.isWithheld({ bureauId }))).toEqual([true, false, true]);
    expect(withheld.isWithheld({})).toBe(false);
  });

  it("withholds the total too when the whole population is one or two people", () => {
    const withheld = withheldGroups([atom(1, "事務", "STAFF", false, 2)], [1, 2]);
    expect(withheld.isWithheld({})).toBe(true);
    expect(withheld.isWithheld({ bureauId: 2 })).toBe(false);
  });
});
