import { keysOf } from "@/lib/platform/validation/narrow";

/**
 * Rank bands (職位の階層) for the city-wide dashboard's filter. The personnel system gives a
 * rank as free text, so a band is a closed list of the ranks it holds; a rank in no list
 * (a new title, a typo in the import) falls in no band and is counted only when no band is
 * chosen, rather than being guessed into one.
 * - STAFF 係員級: 主事, 技師, 主任 and their 主任主事 / 主任技師 forms;
 * - CHIEF 係長級: 係長, 主査 and 課長補佐 (above a 係長 but not yet managing a 課);
 * - MANAGER 課長級以上: 課長, 参事, 部長, 次長, 副区長, 理事, 局長, 区長.
 */
export const RANK_BANDS = {
  STAFF: ["主事", "技師", "主任", "主任主事", "主任技師"],
  CHIEF: ["係長", "主査", "課長補佐"],
  MANAGER: ["課長", "参事", "部長", "次長", "副区長", "理事", "局長", "区長"],
} as const satisfies Record<string, readonly string[]>;

export type RankBand = keyof typeof RANK_BANDS;

export const RANK_BAND_KEYS = keysOf(RANK_BANDS);

export function isRankBand(value: unknown): value is RankBand {
  return typeof value === "string" && Object.hasOwn(RANK_BANDS, value);
}

export function rankBandOf(rank: string): RankBand | null {
  const trimmed = rank.trim();
  return RANK_BAND_KEYS.find((band) => (RANK_BANDS[band] as readonly string[]).includes(trimmed)) ?? null;
}

/** The ranks to match in SQL for a band (an `= ANY(...)` list). */
export function ranksOf(band: RankBand): string[] {
  return [...RANK_BANDS[band]];
}
