import type pg from "pg";
import type { MeasureKey } from "./commitment-texts";

/** The policy catalogue as the dataset refers to it: ids of measures, target images and themes. */
export interface CatalogueIds {
  measure: (key: MeasureKey) => number;
  /** target images in the policy's order, retired ones left out */
  targetImages: readonly { id: number; number: number }[];
  focusThemes: readonly { id: number; number: number }[];
}

/**
 * Reads the ids back by their natural keys (area and measure number), never by insertion
 * order. A measure the HR division has since retired falls back to a live one of its area, so a
 * dataset can be loaded next to an edited catalogue too.
 */
export async function readCatalogueIds(client: pg.Client): Promise<CatalogueIds> {
  const measures = await client.query<{ id: number; area: number; number: number }>(
    `SELECT m.id, a.number AS area, m.number FROM measure m JOIN policy_area a ON a.id = m.area_id WHERE m.retired_at IS NULL ORDER BY a.number, m.number`,
  );
  const images = await client.query<{ id: number; number: number }>(`SELECT id, number FROM target_image WHERE retired_at IS NULL ORDER BY number`);
  const themes = await client.query<{ id: number; number: number }>(`SELECT id, number FROM focus_theme WHERE retired_at IS NULL ORDER BY number`);
  const first = measures.rows[0];
  if (!first || images.rows.length === 0) throw new Error("dataset: the policy catalogue has no live measures or target images");
  const byKey = new Map(measures.rows.map((row) => [`${row.area}-${row.number}`, row.id]));
  const byArea = new Map<number, number>();
  for (const row of measures.rows) if (!byArea.has(row.area)) byArea.set(row.area, row.id);
  return {
    measure: (key) => byKey.get(key) ?? byArea.get(Number(key.split("-")[0])) ?? first.id,
    targetImages: images.rows,
    focusThemes: themes.rows,
  };
}
