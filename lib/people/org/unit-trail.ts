/**
 * A unit is named by its trail, from the bureau down (org_unit.trail, kept by the database):
 * 「第一係」 alone is one of dozens in the city. A page already inside one bureau (a supervisor's
 * team, a bureau's pages) leaves that bureau out, since the page has said it; a city-wide view
 * keeps it. The unit's own name is always shown, even when it is the bureau itself.
 */
export type UnitTrail = readonly string[];

export const TRAIL_SEPARATOR = " › ";

export function shownTrail(trail: UnitTrail, bureau?: string | null): UnitTrail {
  return bureau && trail.length > 1 && trail[0] === bureau ? trail.slice(1) : trail;
}

/** The trail as one line of text, for an <option>, a title or a CSV cell. */
export function trailText(trail: UnitTrail, bureau?: string | null): string {
  return shownTrail(trail, bureau).join(TRAIL_SEPARATOR);
}

/**
 * The bureau every trail starts in, which a list inside that bureau need not repeat; null when
 * they start in different bureaus (a supervisor over units of two) or there are none.
 */
export function sharedBureau(trails: Iterable<UnitTrail>): string | null {
  let bureau: string | null = null;
  for (const trail of trails) {
    const first = trail[0];
    if (first === undefined || (bureau !== null && first !== bureau)) return null;
    bureau = first;
  }
  return bureau;
}
