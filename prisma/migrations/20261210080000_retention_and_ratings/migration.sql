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
CREATE FUNCTION "jsonb_erase_keys"(value JSONB, keys TEXT[], marker JSONB) RETURNS JSONB
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN CASE jsonb_typeof(value)
    WHEN 'object' THEN (
      SELECT coalesce(jsonb_object_agg(k, CASE WHEN k = ANY (keys) THEN marker ELSE jsonb_erase_keys(v, keys, marker) END), '{}'::jsonb)
      FROM jsonb_each(value) AS e(k, v))
    WHEN 'array' THEN (
      SELECT coalesce(jsonb_agg(jsonb_erase_keys(v, keys, marker) ORDER BY i), '[]'::jsonb)
      FROM jsonb_array_elements(value) WITH ORDINALITY AS a(v, i))
    ELSE value
  END;
END;
$$;

CREATE FUNCTION "erase_expired_audit_details"() RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  marker CONSTANT JSONB := to_jsonb('（保存期間満了により消去）'::text);
  today DATE := (now() AT TIME ZONE 'Asia/Tokyo')::date;
  current_fy INT;
  periods JSONB;
  wish_years INT;
  private_years INT;
  shared_years INT;
  changed BIGINT := 0;
  step BIGINT;
BEGIN
  SELECT value INTO periods FROM setting WHERE key = 'retention';
  IF periods IS NULL THEN
    RETURN 0;
  END IF;
  current_fy := extract(year FROM today)::int - CASE WHEN extract(month FROM today) < 4 THEN 1 ELSE 0 END;
  wish_years := CASE WHEN jsonb_typeof(periods -> 'transferWishes') = 'number' THEN greatest((periods ->> 'transferWishes')::int, 1) END;
  private_years := CASE WHEN jsonb_typeof(periods -> 'interviewPrivateNotes') = 'number' THEN greatest((periods ->> 'interviewPrivateNotes')::int, 1) END;
  shared_years := CASE WHEN jsonb_typeof(periods -> 'interviewSharedNotes') = 'number' THEN greatest((periods ->> 'interviewSharedNotes')::int, 1) END;

  IF wish_years IS NOT NULL THEN
    UPDATE audit_log a SET detail = jsonb_erase_keys(a.detail, ARRAY['transferWishFields', 'transferWishComment'], marker)
      FROM development_plan p
      WHERE a.entity = 'development_plan' AND a.entity_id = p.id::text AND p.fiscal_year <= current_fy - wish_years - 1
        AND a.detail::text LIKE '%"transferWish%'
        AND jsonb_erase_keys(a.detail, ARRAY['transferWishFields', 'transferWishComment'], marker) IS DISTINCT FROM a.detail;
    GET DIAGNOSTICS step = ROW_COUNT;
    changed := changed + step;
  END IF;
  IF private_years IS NOT NULL THEN
    UPDATE audit_log a SET detail = jsonb_erase_keys(a.detail, ARRAY['privateNotes'], marker)
      FROM career_interview i
      WHERE a.entity = 'career_interview' AND a.entity_id = i.id::text AND i.held_on < make_date(current_fy - private_years, 4, 1)
        AND a.detail::text LIKE '%"privateNotes"%'
        AND jsonb_erase_keys(a.detail, ARRAY['privateNotes'], marker) IS DISTINCT FROM a.detail;
    GET DIAGNOSTICS step = ROW_COUNT;
    changed := changed + step;
  END IF;
  IF shared_years IS NOT NULL THEN
    UPDATE audit_log a SET detail = jsonb_erase_keys(a.detail, ARRAY['sharedNotes', 'agreedActions'], marker)
      FROM career_interview i
      WHERE a.entity = 'career_interview' AND a.entity_id = i.id::text AND i.held_on < make_date(current_fy - shared_years, 4, 1)
        AND (a.detail::text LIKE '%"sharedNotes"%' OR a.detail::text LIKE '%"agreedActions"%')
        AND jsonb_erase_keys(a.detail, ARRAY['sharedNotes', 'agreedActions'], marker) IS DISTINCT FROM a.detail;
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
