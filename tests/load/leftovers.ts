import type pg from "pg";

/** What every load run writes is marked with this word (traffic.ts's markers: 「負荷試験 <run> 研修 12」). */
export const LOAD_MARK = "負荷試験";

/**
 * Removes the training records and plan comments load runs wrote. Each run's employees and
 * supervisors are the same people (cast.ts), so what one run added, the next one's pages carried:
 * after three runs each employee of the cast had about 70 such records on `/me/records`, and
 * every run measured a heavier page than the last. Run before a run (what an earlier one left,
 * even one that stopped half-way) and after it, once its writes are checked. Their audit rows
 * stay: the audit trail is kept whole, as it is for every deletion.
 */
export async function removeLoadWrites(client: pg.Client): Promise<{ trainingRecords: number; comments: number }> {
  const like = `${LOAD_MARK} %`;
  const training = await client.query("DELETE FROM training_record WHERE programme_name LIKE $1", [like]);
  const comments = await client.query("DELETE FROM review_event WHERE action = 'COMMENT' AND comment LIKE $1", [like]);
  return { trainingRecords: training.rowCount ?? 0, comments: comments.rowCount ?? 0 };
}
