-- Wherever a unit is named, it is named by its whole trail (消防局 › 総務部 › 企画課 › 庶務係):
-- a bare 「庶務係」 is one of dozens in the city. The trail is kept here, beside the path it is
-- read from, by triggers, so every writer (the seed, the personnel import, a hand-made fix)
-- gets it right without knowing about it and no page has to walk the tree per request. The
-- city dataset loader, which may run with triggers off, fills it in with the same function.
ALTER TABLE "org_unit" ADD COLUMN "trail" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- The names of the unit's ancestors, read by the ids of its path ("/3/17/52/", the unit's own id
-- last), outermost first, then the unit's own name (passed in: a BEFORE trigger's row is not in
-- the table yet, or is there with its old name). An id the table does not hold is left out.
CREATE FUNCTION "org_unit_trail"(unit_path TEXT, unit_name TEXT) RETURNS TEXT[]
LANGUAGE sql STABLE AS $$
  SELECT array(
    SELECT a."name"
    FROM (SELECT string_to_array(btrim(unit_path, '/'), '/') AS ids) AS path,
         unnest(path.ids[1:cardinality(path.ids) - 1]) WITH ORDINALITY AS p(id, depth)
    JOIN "org_unit" a ON a."id" = p.id::int
    ORDER BY p.depth
  ) || unit_name
$$;

CREATE FUNCTION "org_unit_set_trail"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."trail" := "org_unit_trail"(NEW."path", NEW."name");
  RETURN NEW;
END;
$$;

-- A unit's children read their trail from it: when its trail changes (a rename, a move) they are
-- set again, and theirs changing sets their own children again, down to the leaves. On insert
-- too: a statement that writes a child before its parent (a batch in any order) is mended when
-- the parent arrives. A lookup by parent_id; a new leaf has no children and costs one probe.
CREATE FUNCTION "org_unit_trail_children"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "org_unit" SET "trail" = "org_unit_trail"("path", "name") WHERE "parent_id" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "org_unit_trail_row"
  BEFORE INSERT OR UPDATE OF "name", "path", "trail" ON "org_unit"
  FOR EACH ROW EXECUTE FUNCTION "org_unit_set_trail"();

CREATE TRIGGER "org_unit_trail_children_inserted"
  AFTER INSERT ON "org_unit"
  FOR EACH ROW EXECUTE FUNCTION "org_unit_trail_children"();

CREATE TRIGGER "org_unit_trail_children_changed"
  AFTER UPDATE OF "name", "path", "trail" ON "org_unit"
  FOR EACH ROW WHEN (OLD."trail" IS DISTINCT FROM NEW."trail") EXECUTE FUNCTION "org_unit_trail_children"();

-- The units already there: each computed from its ancestors' names, which this does not change.
UPDATE "org_unit" SET "trail" = "org_unit_trail"("path", "name");
