-- Retention (issue 21, item 6) and year-end ratings (item 5).

-- Retention: the HR division sets, per kind of personal record, for how many years it is kept
-- (the `setting` row "retention"); the background jobs destroy what has expired
-- (lib/retention/run-retention.ts). Every kind counts from the end of the fiscal year the record
-- belongs to (a plan's year, the year an interview was held, an attachment uploaded or an audit
-- row written), as the city's document rules count 保存期間 from the following 1 April.
--
-- The audit trail is append-only for everyone but the tables' owner (20261129000000), so the
-- portal's role cannot delete expired rows itself. This function is its one sanctioned way: it
-- runs as its owner (SECURITY DEFINER), takes no argument, reads the period from the setting
-- itself, never keeps less than three fiscal years whatever the setting says (the portal's role
-- can write settings, so the floor is what bounds someone holding its connection), deletes only
-- rows written before the cut-off and records the purge in the trail itself, in the same
-- transaction. The search path is pinned to the schema the migration ran in, so a caller cannot
-- put a table of their own named audit_log or setting in front of it.
CREATE FUNCTION "purge_expired_audit_log"() RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  years INT;
  today DATE := (now() AT TIME ZONE 'Asia/Tokyo')::date;
  current_fy INT;
  cutoff TIMESTAMPTZ;
  purged BIGINT;
BEGIN
  SELECT (value ->> 'auditTrail')::int INTO years
    FROM setting WHERE key = 'retention' AND jsonb_typeof(value -> 'auditTrail') = 'number';
  IF years IS NULL THEN
    RETURN 0;
  END IF;
  years := greatest(years, 3);
  current_fy := extract(year FROM today)::int - CASE WHEN extract(month FROM today) < 4 THEN 1 ELSE 0 END;
  -- Rows of fiscal year (current - years - 1) and earlier: kept through the end of their year
  -- plus `years` whole years, so gone from the 1 April that follows.
  cutoff := make_timestamptz(current_fy - years, 4, 1, 0, 0, 0, 'Asia/Tokyo');
  DELETE FROM audit_log WHERE at < cutoff;
  GET DIAGNOSTICS purged = ROW_COUNT;
  IF purged > 0 THEN
    INSERT INTO audit_log (action, entity, detail)
      VALUES ('retention.audit-purge', 'audit_log', jsonb_build_object('purged', purged, 'writtenBefore', cutoff, 'years', years));
  END IF;
  RETURN purged;
END;
$$;

-- What a destroyed record said also sits in the audit rows of its changes (a plan's before and
-- after carry its transfer wishes; an interview's, its notes). Destroying the record and keeping
-- those copies would keep the data. This second sanctioned path replaces those values — and only
-- those keys, only in rows about records whose period has ended by the same rules as the job's
-- (lib/retention/retention-periods.ts) — with a marker, and records that it did so. Like the
-- purge it takes no argument: what it may touch follows from the settings and the records.
-- The marker in place of every value `pattern` (erasable_strings_pattern) finds, at any depth. On the JSON text, since jsonb prints every
-- pair as "key": "value" and escapes every quote inside a value, so a value that merely mentions
-- a key never matches; one C-level pass per row, about a hundred times cheaper than walking the
-- document in PL/pgSQL, which the audit trail's size at city scale needs.
CREATE FUNCTION "erase_json_strings"(value JSONB, pattern TEXT) RETURNS JSONB
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN regexp_replace(value::text, pattern, '"\1": "（保存期間満了により消去）"', 'g')::jsonb;

-- What erase_json_strings replaces: a non-empty string, not already the marker, of the named keys
-- (a regular expression of alternatives, e.g. 'sharedNotes|agreedActions').
CREATE FUNCTION "erasable_strings_pattern"(keys TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN '"(' || keys || ')": "(?!（保存期間満了により消去）")(?:[^"\\]|\\.)+"';

-- Hash joins only: the planner cannot estimate the regular expression and, guessing one row,
-- would rescan the expired plans for every audit row (minutes at city scale instead of seconds).
CREATE FUNCTION "erase_expired_audit_details"() RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET enable_nestloop = off AS $$
DECLARE
  today DATE := (now() AT TIME ZONE 'Asia/Tokyo')::date;
  current_fy INT;
  periods JSONB;
  wish_years INT;
  private_years INT;
  shared_years INT;
  changed BIGINT := 0;
  step BIGINT;
  pattern TEXT;
BEGIN
  SELECT value INTO periods FROM setting WHERE key = 'retention';
  IF periods IS NULL THEN
    RETURN 0;
  END IF;
  current_fy := extract(year FROM today)::int - CASE WHEN extract(month FROM today) < 4 THEN 1 ELSE 0 END;
  wish_years := CASE WHEN jsonb_typeof(periods -> 'transferWishes') = 'number' THEN greatest((periods ->> 'transferWishes')::int, 1) END;
  private_years := CASE WHEN jsonb_typeof(periods -> 'interviewPrivateNotes') = 'number' THEN greatest((periods ->> 'interviewPrivateNotes')::int, 1) END;
  shared_years := CASE WHEN jsonb_typeof(periods -> 'interviewSharedNotes') = 'number' THEN greatest((periods ->> 'interviewSharedNotes')::int, 1) END;

  -- Each: the rows about the expired records, a cheap LIKE before the regular expression, and
  -- only rows still holding such a value.
  IF wish_years IS NOT NULL THEN
    pattern := erasable_strings_pattern('transferWishFields|transferWishComment');
    UPDATE audit_log a SET detail = erase_json_strings(a.detail, pattern)
      FROM development_plan p
      WHERE a.entity = 'development_plan' AND a.entity_id = p.id::text AND p.fiscal_year <= current_fy - wish_years - 1
        AND a.detail::text LIKE '%"transferWish%' AND a.detail::text ~ pattern;
    GET DIAGNOSTICS step = ROW_COUNT;
    changed := changed + step;
  END IF;
  IF private_years IS NOT NULL THEN
    pattern := erasable_strings_pattern('privateNotes');
    UPDATE audit_log a SET detail = erase_json_strings(a.detail, pattern)
      FROM career_interview i
      WHERE a.entity = 'career_interview' AND a.entity_id = i.id::text AND i.held_on < make_date(current_fy - private_years, 4, 1)
        AND a.detail::text LIKE '%"privateNotes"%' AND a.detail::text ~ pattern;
    GET DIAGNOSTICS step = ROW_COUNT;
    changed := changed + step;
  END IF;
  IF shared_years IS NOT NULL THEN
    pattern := erasable_strings_pattern('sharedNotes|agreedActions');
    UPDATE audit_log a SET detail = erase_json_strings(a.detail, pattern)
      FROM career_interview i
      WHERE a.entity = 'career_interview' AND a.entity_id = i.id::text AND i.held_on < make_date(current_fy - shared_years, 4, 1)
        AND (a.detail::text LIKE '%"sharedNotes"%' OR a.detail::text LIKE '%"agreedActions"%') AND a.detail::text ~ pattern;
    GET DIAGNOSTICS step = ROW_COUNT;
    changed := changed + step;
  END IF;
  IF changed > 0 THEN
    INSERT INTO audit_log (action, entity, detail)
      VALUES ('retention.audit-erase', 'audit_log', jsonb_build_object('rows', changed));
  END IF;
  RETURN changed;
END;
$$;

-- Year-end ratings: at the 期末 step the employee rates each commitment (達成度, on the HR
-- division's scale, the `setting` row "achievementScale") and their supervisor comments on it.
-- A table of its own rather than columns on commitment: the two write at different moments
-- from different pages, each guarded by this row's version, and neither reopens the plan or
-- collides with an edit of the commitment's content.
CREATE TABLE "year_end_rating" (
    "commitment_id" INTEGER NOT NULL,
    "rating" TEXT,
    "rated_at" TIMESTAMP(3),
    "rated_by_id" INTEGER,
    "supervisor_comment" TEXT NOT NULL DEFAULT '',
    "commented_at" TIMESTAMP(3),
    "commented_by_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "year_end_rating_pkey" PRIMARY KEY ("commitment_id"),
    CONSTRAINT "year_end_rating_rating_check" CHECK (rating IS NULL OR char_length(rating) BETWEEN 1 AND 8)
);

ALTER TABLE "year_end_rating" ADD CONSTRAINT "year_end_rating_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "year_end_rating" ADD CONSTRAINT "year_end_rating_rated_by_id_fkey" FOREIGN KEY ("rated_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "year_end_rating" ADD CONSTRAINT "year_end_rating_commented_by_id_fkey" FOREIGN KEY ("commented_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Distributions group rated commitments by rating.
CREATE INDEX "year_end_rating_rating_idx" ON "year_end_rating"("rating");
