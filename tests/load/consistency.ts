import type pg from "pg";
import type { ApprovalRound } from "./cast";
import type { Write } from "./traffic";

/**
 * What the database holds after the load, compared with what the portal answered: every write
 * it acknowledged is there exactly once with exactly one audit row, nothing it did not
 * acknowledge is there, and each approval round approved its plan exactly once.
 */

export interface WriteCheck {
  acknowledged: number;
  /** acknowledged, but not in the database */
  lost: number;
  /** in the database more than once */
  duplicated: number;
  /** in the database though the portal did not say it was done (the answer was lost) */
  unacknowledgedPresent: number;
  /** written rows without exactly one audit row of their own */
  auditMismatches: number;
  /**
   * answered 200 yet not done: the form refused what the load sent (a field the form now
   * needs, say), so the write was never attempted and the checks above would pass vacuously
   */
  refusedByForm: number;
}

export interface RoundResult {
  planId: number;
  /** how many of the two approvals the portal answered as done */
  acknowledged: number;
  /** how many were refused as a conflict (the other approval came first) */
  refused: number;
  /** other answers: errors, timeouts */
  other: number;
}

export interface RoundCheck {
  rounds: number;
  /** rounds where exactly one approval was acknowledged and the other refused */
  clean: number;
  /** rounds whose plan does not hold exactly one APPROVE event and one plan.approve audit row */
  inconsistent: number;
}

async function writtenRows(client: pg.Client, writes: Write[]): Promise<Map<string, { count: number; audited: number }>> {
  const markers = (kind: Write["kind"]) => writes.filter((write) => write.kind === kind).map((write) => write.marker);
  const rows = new Map<string, { count: number; audited: number }>();
  // A training record is audited as training.create with the record's id.
  const training = await client.query<{ marker: string; count: number; audited: number }>(
    `SELECT t.programme_name AS marker, count(DISTINCT t.id)::int AS count,
            count(a.id)::int AS audited
     FROM training_record t
     LEFT JOIN audit_log a ON a.entity = 'training_record' AND a.entity_id = t.id::text AND a.action = 'training.create'
     WHERE t.programme_name = ANY($1::text[])
     GROUP BY t.programme_name`,
    [markers("training")],
  );
  // A comment is a review event; its audit row (plan.comment) carries the comment's words.
  const comments = await client.query<{ marker: string; count: number; audited: number }>(
    `WITH audited AS (
       SELECT a.detail->>'comment' AS marker, count(*)::int AS audited FROM audit_log a
       WHERE a.action = 'plan.comment' AND a.detail->>'comment' = ANY($1::text[]) GROUP BY 1
     )
     SELECT e.comment AS marker, count(*)::int AS count, coalesce(max(au.audited), 0)::int AS audited
     FROM review_event e LEFT JOIN audited au ON au.marker = e.comment
     WHERE e.action = 'COMMENT' AND e.comment = ANY($1::text[])
     GROUP BY e.comment`,
    [markers("comment")],
  );
  for (const row of [...training.rows, ...comments.rows]) rows.set(row.marker, { count: row.count, audited: row.audited });
  return rows;
}

export async function checkWrites(client: pg.Client, writes: Write[]): Promise<WriteCheck> {
  const rows = await writtenRows(client, writes);
  const check: WriteCheck = { acknowledged: 0, lost: 0, duplicated: 0, unacknowledgedPresent: 0, auditMismatches: 0, refusedByForm: 0 };
  for (const write of writes) {
    const found = rows.get(write.marker);
    if (write.acknowledged) {
      check.acknowledged += 1;
      if (!found) check.lost += 1;
    } else if (found) check.unacknowledgedPresent += 1;
    if (found && found.count > 1) check.duplicated += 1;
    if (found && found.audited !== found.count) check.auditMismatches += 1;
    if (write.status === 200 && !write.acknowledged) check.refusedByForm += 1;
  }
  return check;
}

export async function checkRounds(client: pg.Client, rounds: ApprovalRound[], results: RoundResult[], since: Date): Promise<RoundCheck> {
  const { rows } = await client.query<{ plan_id: number; status: string; approvals: number; audited: number }>(
    `SELECT p.id AS plan_id, p.status::text,
            (SELECT count(*) FROM review_event e WHERE e.plan_id = p.id AND e.action = 'APPROVE' AND e.at >= $2::timestamptz AT TIME ZONE 'UTC')::int AS approvals,
            (SELECT count(*) FROM audit_log a WHERE a.entity = 'development_plan' AND a.entity_id = p.id::text AND a.action = 'plan.approve' AND a.at >= $2::timestamptz AT TIME ZONE 'UTC')::int AS audited
     FROM development_plan p WHERE p.id = ANY($1::int[])`,
    [rounds.map((round) => round.planId), since.toISOString()],
  );
  const byPlan = new Map(rows.map((row) => [row.plan_id, row]));
  let clean = 0;
  let inconsistent = 0;
  for (const result of results) {
    if (result.acknowledged === 1 && result.refused === 1) clean += 1;
    const row = byPlan.get(result.planId);
    if (!row || row.status !== "APPROVED" || row.approvals !== 1 || row.audited !== 1) inconsistent += 1;
  }
  return { rounds: results.length, clean, inconsistent };
}
