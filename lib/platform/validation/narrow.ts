/**
 * Narrowing without a cast. What comes from outside the type system (a URL, a cookie, a CSV
 * header, a raw row, Object.keys) is checked against what the code knows, so the type says
 * what was checked rather than what was hoped (the lint forbids narrowing `as`).
 */

/** One of a list of literals (a search parameter, a column name). */
export function isOneOf<T extends string | number>(allowed: readonly T[], value: unknown): value is T {
  return allowed.some((each) => each === value);
}

/** One of a record's own keys (a message table looked up by a string from a URL). */
export function isKeyOf<T extends object>(record: T, key: PropertyKey): key is keyof T {
  return Object.hasOwn(record, key);
}

/** Object.keys typed as the record's keys: they are its own, as hasOwn checks. */
export function keysOf<T extends object>(record: T): (keyof T & string)[] {
  return Object.keys(record).filter((key): key is keyof T & string => Object.hasOwn(record, key));
}

/**
 * A record with a value for each of `keys`, typed as complete: it is, since every key is set.
 * (Object.fromEntries types its result by string keys; the overload states what the loop makes.)
 */
export function recordOf<K extends PropertyKey, V>(keys: readonly K[], value: (key: K) => V): Record<K, V>;
export function recordOf(keys: readonly PropertyKey[], value: (key: PropertyKey) => unknown): Record<PropertyKey, unknown> {
  return Object.fromEntries(keys.map((key) => [key, value(key)]));
}
