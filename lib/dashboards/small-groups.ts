/**
 * Small-group suppression for the city-wide dashboard (小規模集団の秘匿). The city view must
 * not let anyone read one identifiable person's records off a breakdown, however the filters
 * (bureau × job category × rank band × young staff) narrow it. The rule:
 *
 * 1. Primary: a bureau whose group under the active filters has 1 or 2 people (MIN_GROUP = 3)
 *    has its figures withheld and shown as 「－」. A group of 0 describes nobody and shows 0.
 * 2. Complementary: the city total is the sum of the bureaus, so one withheld bureau could be
 *    recovered as total minus the others. While the withheld bureaus together hold fewer than
 *    MIN_GROUP people, the smallest bureau still shown is withheld as well; if none is left,
 *    the city total itself is withheld.
 * 3. The young-staff cells (young staff, with an OJT plan, coverage) describe a subgroup, so
 *    the same two steps run again on the young-staff counts alone.
 * 4. A bureau's column in the measure × bureau heat map follows its row, and every figure of
 *    the policy's axes and of a trend year follows the city (or filtered bureau) total.
 */
export const MIN_GROUP = 3;

const small = (people: number) => people > 0 && people < MIN_GROUP;

/**
 * Which rows to withhold, by index, for a headcount per row: the primary and complementary
 * steps above. Returns the withheld indexes and whether the total must be withheld too.
 */
export function withheldRows(headcounts: readonly number[]): { rows: Set<number>; total: boolean } {
  const rows = new Set<number>();
  headcounts.forEach((people, index) => {
    if (small(people)) rows.add(index);
  });
  const withheldPeople = () => [...rows].reduce((sum, index) => sum + (headcounts[index] ?? 0), 0);
  while (small(withheldPeople())) {
    // The smallest non-empty row still shown hides the most at the least cost.
    let next = -1;
    headcounts.forEach((people, index) => {
      if (people > 0 && !rows.has(index) && (next === -1 || people < (headcounts[next] ?? 0))) next = index;
    });
    if (next === -1) break;
    rows.add(next);
  }
  const sum = headcounts.reduce((total, people) => total + people, 0);
  return { rows, total: small(sum) || (rows.size > 0 && small(withheldPeople())) };
}

/** True when a single headcount (a total, a trend year) is too small to show. */
export function isSmallGroup(people: number): boolean {
  return small(people);
}
