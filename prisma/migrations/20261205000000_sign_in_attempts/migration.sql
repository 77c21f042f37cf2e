-- Password sign-ins are throttled on attempts recorded before their password is checked, not
-- on the audit rows written after it: counted afterwards, twenty simultaneous guesses were all
-- checked before any was counted. A table of its own because the audit trail is append-only and
-- a right password takes its attempt back (lib/auth/sign-in-throttle.ts).
CREATE TABLE "sign_in_attempt" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staff_number" TEXT NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "sign_in_attempt_staff_number_at_idx" ON "sign_in_attempt"("staff_number", "at");
CREATE INDEX "sign_in_attempt_address_at_idx" ON "sign_in_attempt"("address", "at");
CREATE INDEX "sign_in_attempt_at_idx" ON "sign_in_attempt"("at");

-- Counts one attempt and answers whether it must be refused unchecked, as one statement: the
-- advisory locks (the staff number's, then the address's, always in that order) are held from
-- the count to the insert and released when the statement commits, microseconds later, so
-- concurrent attempts are counted one after the other without holding the portal's connections
-- across round trips. VOLATILE plpgsql: each query takes a fresh snapshot, so the count sees
-- what the previous holder of the lock inserted. A NULL address limit: the address is unknown
-- and shared by everyone who has none, so it is neither locked nor limited.
CREATE FUNCTION "count_sign_in_attempt"(staff_number TEXT, address TEXT, throttle_window INTERVAL, account_limit INTEGER, address_limit INTEGER)
RETURNS TABLE ("id" BIGINT, "throttled" BOOLEAN)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  account_failures INTEGER;
  address_failures INTEGER := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('sign-in:account:' || staff_number, 0));
  IF address_limit IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('sign-in:address:' || address, 0));
    SELECT count(*) INTO address_failures FROM "sign_in_attempt" a
      WHERE a."address" = count_sign_in_attempt.address AND a."at" > now() - throttle_window;
  END IF;
  SELECT count(*) INTO account_failures FROM "sign_in_attempt" a
    WHERE a."staff_number" = count_sign_in_attempt.staff_number AND a."at" > now() - throttle_window;
  RETURN QUERY
    INSERT INTO "sign_in_attempt" AS a ("staff_number", "address")
    VALUES (count_sign_in_attempt.staff_number, count_sign_in_attempt.address)
    RETURNING a."id", (account_failures >= account_limit) OR (address_limit IS NOT NULL AND address_failures >= address_limit);
END;
$$;
