import { RANK_BAND_KEYS, type RankBand } from "./rank-bands";

/**
 * Small-group suppression for the city-wide figures (小規模集団の秘匿). No figure about one or
 * two people may be read off the views and exports, directly or by adding and subtracting the
 * groups they show — one view against another, a total against its rows.
 *
 * Every group a reader can request is a *cell*: bureau × job category × rank band × young staff,
 * each narrowed to one value or left at "all". Every cell is a union of *atoms*, the finest
 * groups: one bureau, one job category, one band (or none: a rank no band lists) and young or
 * not. Figures add up over people, so whatever can be derived from shown cells is a linear
 * combination of them. The rule, for one scope and fiscal year, from the atoms' head-counts:
 *
 * 1. A cell of one or two people is withheld.
 * 2. Each atom of one or two people needs a *pattern*: +1 and −1 on some atoms, it among them,
 *    that sums to 0 over every shown cell. The patterns are hypercubes: along some dimensions D,
 *    a partner value per dimension, and the 2^|D| atoms with every mix of own and partner values
 *    (all holding people), signed alternately. A cell holding "all" of a dimension in D, or
 *    neither value, sums to 0; every other cell (exactly one of the two values in every
 *    dimension of D, the atom's own value or "all" elsewhere) is withheld. An atom already in a
 *    pattern chosen for another needs none of its own, unless it is one person and, with
 *    another single person handled before, every pattern moves their sum by 0; else the
 *    cheapest hypercube is chosen — the one withholding the fewest, most narrowly filtered
 *    cells not withheld already — among those that move that sum.
 *
 * Why it holds: adding a pattern to its atoms' figures changes no shown figure, so the shown
 * figures fit two different values of every small atom's figures, and of the sum of any two
 * single people's: no combination of them yields either. A set of one or two people is exactly
 * one such atom or such a pair. Withholding more never spoils a pattern, so the cells withheld
 * for one atom help the next. The cells withheld depend only on the head-counts, not on what was
 * asked for, so every view and export withholds the same ones.
 */
export const MIN_GROUP = 3;

/** A rank band, or none (a rank no band lists): people, but never a filter value. */
export type BandOrNone = RankBand | "NONE";

/** The head-count of one atom. */
export interface AtomCount {
  bureauId: number;
  job: string;
  band: BandOrNone;
  young: boolean;
  people: number;
}

/** A group the views show: each dimension one value, or all of it when left out. */
export interface Group {
  bureauId?: number;
  job?: string;
  band?: RankBand;
  youngOnly?: boolean;
}

export interface WithheldGroups {
  isWithheld(group: Group): boolean;
}

const BANDS: readonly BandOrNone[] = [...RANK_BAND_KEYS, "NONE"];
const DIMENSIONS = 4;
const BAND = 2;
const YOUNG = 3;
// Within a dimension, coordinate 0 of a cell is "all" and value i is coordinate i + 1. "No band"
// and "not young" are values (people hold them) but no view shows a cell with them.
const NO_BAND = BANDS.length - 1;
const NOT_YOUNG = 1;

const small = (people: number) => people > 0 && people < MIN_GROUP;

/** Masks of the dimensions a hypercube may span, the most first (they withhold the narrowest cells). */
const SPANS = Array.from({ length: 1 << DIMENSIONS }, (_, mask) => mask).sort((a, b) => bitCount(b) - bitCount(a) || a - b);

function bitCount(mask: number): number {
  let bits = 0;
  for (let rest = mask; rest > 0; rest >>= 1) bits += rest & 1;
  return bits;
}

/**
 * The cells to withhold for the given atoms of the scope's bureaus (in the scope's order). Atoms
 * of other bureaus are ignored; a group naming an unknown bureau or job holds nobody and is shown.
 */
export function withheldGroups(atoms: readonly AtomCount[], bureauIds: readonly number[]): WithheldGroups {
  const jobs = [...new Set(atoms.map((atom) => atom.job))].sort();
  const bureauIndex = new Map(bureauIds.map((id, index) => [id, index]));
  const jobIndex = new Map(jobs.map((job, index) => [job, index]));
  const lattice = new Lattice([bureauIds.length, jobs.length, BANDS.length, 2]);

  const people = new Int32Array(lattice.atomCount);
  for (const atom of atoms) {
    const bureau = bureauIndex.get(atom.bureauId);
    const job = jobIndex.get(atom.job);
    if (bureau === undefined || job === undefined) continue;
    const index = lattice.atom([bureau, job, BANDS.indexOf(atom.band), atom.young ? 0 : NOT_YOUNG]);
    people[index] = (people[index] ?? 0) + atom.people;
  }
  const populated: number[] = [];
  people.forEach((count, index) => {
    if (count > 0) populated.push(index);
  });

  // Rule 1: cells of one or two people, summed from the atoms below them.
  const hidden = new Uint8Array(lattice.cellCount);
  const cellPeople = new Int32Array(lattice.cellCount);
  for (const index of populated) {
    for (const cell of lattice.cellsHolding(lattice.values(index))) cellPeople[cell] = (cellPeople[cell] ?? 0) + (people[index] ?? 0);
  }
  cellPeople.forEach((count, cell) => {
    if (small(count)) hidden[cell] = 1;
  });

  // Rule 2: a hypercube per small atom not yet protected by those chosen before, in the lattice's order.
  const patterns = new Patterns();
  for (const index of populated) {
    const count = people[index] ?? 0;
    if (!small(count)) continue;
    // Single people already handled, whose sum with this one no chosen pattern moves yet.
    const pairs = count === 1 ? patterns.unmovedPairs(index) : [];
    if (patterns.moves(index) && pairs.length === 0) {
      patterns.done(index, count);
      continue;
    }
    const best = cheapestHypercube(lattice, index, { people, cellPeople, hidden, pairs });
    for (const cell of best.cells) hidden[cell] = 1;
    patterns.add(best.corners);
    patterns.done(index, count);
  }

  return {
    isWithheld(group) {
      const bureau = group.bureauId === undefined ? -1 : bureauIndex.get(group.bureauId);
      const job = group.job === undefined ? -1 : jobIndex.get(group.job);
      // A bureau or job category the atoms do not know holds nobody: nothing to withhold.
      if (bureau === undefined || job === undefined) return false;
      const band = group.band === undefined ? -1 : BANDS.indexOf(group.band);
      return hidden[lattice.cell([bureau + 1, job + 1, band + 1, group.youngOnly ? 1 : 0])] === 1;
    },
  };
}

/**
 * The ±1 patterns chosen so far (atom → sign), none of which any shown figure sees. An atom is
 * protected when one moves it; two single people are, as a pair, when one moves their sum.
 */
class Patterns {
  private readonly byAtom = new Map<number, Map<number, number>[]>();
  private readonly singles: number[] = [];

  add(corners: ReadonlyMap<number, number>): void {
    const pattern = new Map(corners);
    for (const atom of pattern.keys()) this.byAtom.set(atom, [...(this.byAtom.get(atom) ?? []), pattern]);
  }

  moves(atom: number): boolean {
    return this.byAtom.has(atom);
  }

  /** The single people handled before whose sum with `atom` no pattern moves. */
  unmovedPairs(atom: number): number[] {
    return this.singles.filter((other) => {
      const patterns = [...(this.byAtom.get(atom) ?? []), ...(this.byAtom.get(other) ?? [])];
      return patterns.every((pattern) => (pattern.get(atom) ?? 0) + (pattern.get(other) ?? 0) === 0);
    });
  }

  done(atom: number, people: number): void {
    if (people === 1) this.singles.push(atom);
  }
}

interface SearchState {
  people: Int32Array;
  cellPeople: Int32Array;
  hidden: Uint8Array;
  /** single people the new pattern must move together with this atom (not both at opposite signs) */
  pairs: readonly number[];
}

interface Hypercube {
  cells: number[];
  /** atom → sign */
  corners: ReadonlyMap<number, number>;
}

/**
 * The hypercube through a small atom withholding the least: first by the weights of the cells
 * it withholds that are not withheld yet, then by the people in them. Written as plain loops
 * over typed arrays: at city scale it weighs tens of thousands of candidates per fiscal year.
 */
function cheapestHypercube(lattice: Lattice, self: number, { people, cellPeople, hidden, pairs }: SearchState): Hypercube {
  const own = lattice.values(self);
  // A partner value whose atom (only that dimension changed) is empty is in no hypercube.
  const partners = own.map((value, d) => lattice.valuesOf(d).filter((other) => other !== value && (people[lattice.moved(self, d, other)] ?? 0) > 0));
  const corners = new Int32Array(1 << DIMENSIONS);
  const cells = new Int32Array(1 << DIMENSIONS);
  const choice = new Int32Array(DIMENSIONS);
  let best: { weight: number; people: number; cells: number[]; corners: number[] } | null = null;
  for (const span of SPANS) {
    const spanned = [0, 1, 2, 3].filter((d) => span & (1 << d));
    if (spanned.some((d) => (partners[d]?.length ?? 0) === 0)) continue;
    choice.fill(0);
    for (;;) {
      const cornerCount = lattice.fillCorners(corners, self, own, spanned, partners, choice);
      let fits = true;
      for (let i = 0; i < cornerCount && fits; i += 1) {
        const corner = corners[i] ?? 0;
        // Every corner holds people; a pair partner at the opposite sign would leave their sum unmoved.
        fits = (people[corner] ?? 0) > 0 && !(bitCount(i) % 2 === 1 && pairs.includes(corner));
      }
      if (fits) {
        const cellCount = lattice.fillCells(cells, own, spanned, partners, choice);
        let weight = 0;
        let inCells = 0;
        for (let i = 0; i < cellCount; i += 1) {
          const cell = cells[i] ?? 0;
          if (hidden[cell]) continue;
          weight += lattice.weight(cell);
          inCells += cellPeople[cell] ?? 0;
        }
        if (best === null || weight < best.weight || (weight === best.weight && inCells < best.people)) {
          best = { weight, people: inCells, cells: Array.from(cells.subarray(0, cellCount)), corners: Array.from(corners.subarray(0, cornerCount)) };
        }
      }
      // the next choice of partners, as an odometer over the spanned dimensions
      let position = spanned.length - 1;
      while (position >= 0 && (choice[position] = (choice[position] ?? 0) + 1) === partners[spanned[position] ?? 0]?.length) choice[position--] = 0;
      if (position < 0) break;
    }
  }
  // The empty span (the atom alone: every cell holding it withheld) always fits.
  if (best === null) throw new Error("unreachable: the empty span always fits");
  // Corner i differs from the atom in the dimensions of i's bits: its sign is their parity.
  return { cells: best.cells, corners: new Map(best.corners.map((corner, i) => [corner, bitCount(i) % 2 === 0 ? 1 : -1])) };
}

/** Index arithmetic over the four dimensions: atoms (values only) and cells (values or "all"). */
class Lattice {
  readonly atomCount: number;
  readonly cellCount: number;
  private readonly atomStrides: number[];
  private readonly cellStrides: number[];
  private readonly weights: Float64Array;

  constructor(private readonly sizes: readonly number[]) {
    this.atomStrides = sizes.map((_, d) => sizes.slice(d + 1).reduce((product, size) => product * size, 1));
    this.cellStrides = sizes.map((_, d) => sizes.slice(d + 1).reduce((product, size) => product * (size + 1), 1));
    this.atomCount = sizes.reduce((product, size) => product * size, 1);
    this.cellCount = sizes.reduce((product, size) => product * (size + 1), 1);
    // What withholding a cell costs: a cell with more of bureau, job and band at "all" is read
    // more widely. A young-staff cell is also the young columns of the row without the young
    // filter (the overview's), so it weighs half that row rather than a tenth.
    this.weights = new Float64Array(this.cellCount);
    for (let cell = 0; cell < this.cellCount; cell += 1) {
      const coordinates = this.cellStrides.map((stride, d) => Math.floor(cell / stride) % ((sizes[d] ?? 0) + 1));
      const all = coordinates.slice(0, YOUNG).filter((coordinate) => coordinate === 0).length;
      this.weights[cell] = 10 ** all * (coordinates[YOUNG] === 0 ? 2 : 1);
    }
  }

  valuesOf(d: number): number[] {
    return Array.from({ length: this.sizes[d] ?? 0 }, (_, value) => value);
  }

  atom(values: readonly number[]): number {
    return values.reduce((index, value, d) => index + value * (this.atomStrides[d] ?? 0), 0);
  }

  values(atom: number): number[] {
    return this.atomStrides.map((stride, d) => Math.floor(atom / stride) % (this.sizes[d] ?? 1));
  }

  /** The atom with dimension d set to another value. */
  moved(atom: number, d: number, value: number): number {
    return atom + (value - (this.values(atom)[d] ?? 0)) * (this.atomStrides[d] ?? 0);
  }

  cell(coordinates: readonly number[]): number {
    return coordinates.reduce((index, coordinate, d) => index + coordinate * (this.cellStrides[d] ?? 0), 0);
  }

  weight(cell: number): number {
    return this.weights[cell] ?? 0;
  }

  /** The hypercube's atoms into `out` (every mix of own and partner values); returns how many. */
  fillCorners(
    out: Int32Array,
    atom: number,
    own: readonly number[],
    spanned: readonly number[],
    partners: readonly (readonly number[])[],
    choice: Int32Array,
  ): number {
    out[0] = atom;
    let count = 1;
    spanned.forEach((d, position) => {
      const partner = partners[d]?.[choice[position] ?? 0] ?? 0;
      const step = (partner - (own[d] ?? 0)) * (this.atomStrides[d] ?? 0);
      for (let i = 0; i < count; i += 1) out[count + i] = (out[i] ?? 0) + step;
      count *= 2;
    });
    return count;
  }

  /**
   * Into `out`, the cells a view can show on which the hypercube's ±1 pattern does not sum to 0:
   * own or partner value in every spanned dimension, own value or "all" in the others (with
   * nothing spanned, every cell holding the atom). "No band" and "not young" are never shown.
   */
  fillCells(out: Int32Array, own: readonly number[], spanned: readonly number[], partners: readonly (readonly number[])[], choice: Int32Array): number {
    out[0] = 0;
    let count = 1;
    for (let d = 0; d < DIMENSIONS; d += 1) {
      const value = own[d] ?? 0;
      const position = spanned.indexOf(d);
      const first = position === -1 ? 0 : value + 1;
      const second = position === -1 ? value + 1 : (partners[d]?.[choice[position] ?? 0] ?? 0) + 1;
      const stride = this.cellStrides[d] ?? 0;
      const kept = [first, second].filter((coordinate) => shown(d, coordinate));
      if (kept.length === 0) return 0;
      // widen in place from the end, so no cell is overwritten before it is read
      for (let i = count - 1; i >= 0; i -= 1) {
        const cell = out[i] ?? 0;
        kept.forEach((coordinate, k) => {
          out[i * kept.length + k] = cell + coordinate * stride;
        });
      }
      count *= kept.length;
    }
    return count;
  }

  /** The cells holding an atom that a view can show: each dimension its value or "all". */
  cellsHolding(own: readonly number[]): number[] {
    const out = new Int32Array(1 << DIMENSIONS);
    return Array.from(out.subarray(0, this.fillCells(out, own, [], [], new Int32Array(0))));
  }
}

/** Whether a view can show a cell with this coordinate in dimension d. */
function shown(d: number, coordinate: number): boolean {
  if (d === BAND) return coordinate !== NO_BAND + 1;
  if (d === YOUNG) return coordinate !== NOT_YOUNG + 1;
  return true;
}
