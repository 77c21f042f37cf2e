import { createRandom } from "@/prisma/seed/demo-names";

/**
 * Seeded randomness for the city dataset. Every stage draws from its own stream, derived from
 * the run's seed and the stage's name, so that changing how one stage draws (a new column, a
 * different mix) leaves the people, plans and records of every other stage exactly as they were.
 * The generator itself is the demo seed's mulberry32: fast, tiny and plenty for synthetic data.
 */
export class Random {
  private readonly source: () => number;

  constructor(seed: number, stream: string) {
    this.source = createRandom(mix(seed, stream));
  }

  /** [0, 1) */
  next(): number {
    return this.source();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.source() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.source() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.source() * items.length)];
    if (item === undefined) throw new Error("dataset: pick from an empty list");
    return item;
  }

  /** One of `choices`, each as likely as its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let roll = this.source() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices.at(-1);
    if (last === undefined) throw new Error("dataset: weighted pick from an empty list");
    return last[0];
  }

  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.source() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }
}

/** FNV-1a over "seed:stream": different streams of one seed share no state and no pattern. */
function mix(seed: number, stream: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}:${stream}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Splits `total` into whole parts in proportion to `weights` (largest remainder), each at least
 * `min` where the total allows: head-counts per unit that add up to exactly the staff asked for.
 */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const floor = Math.min(min, Math.floor(total / Math.max(1, weights.length)));
  const parts = weights.map(() => floor);
  let rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || rest <= 0) return parts;
  const exact = weights.map((weight) => (weight / sum) * rest);
  exact.forEach((value, i) => {
    parts[i] = (parts[i] ?? 0) + Math.floor(value);
    rest -= Math.floor(value);
  });
  const byRemainder = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < rest; k++) {
    const index = byRemainder[k % byRemainder.length]?.[1] ?? 0;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}
