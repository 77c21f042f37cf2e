-- Failed sign-ins of the last minutes are counted per staff number and per address
-- (throttling), and the audit trail is searched by action: both read by action and time.
CREATE INDEX "audit_log_action_at_idx" ON "audit_log"("action", "at");

-- The audit trail is append-only for every role but the table's owner (who runs migrations):
-- the portal connects as another role in production, so neither the portal nor anyone who
-- got hold of its connection can change or remove what was recorded. A trigger rather than a
-- REVOKE alone, so a grant given later by mistake cannot reopen it.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % by % refused', TG_OP, current_user
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_append_only_rows"
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "audit_log_append_only_truncate"
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
