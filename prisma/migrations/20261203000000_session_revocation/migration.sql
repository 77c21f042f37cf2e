-- Signing out ends every session the person signed in before it: the session is a sealed cookie
-- the server keeps no copy of, so a copy of it (or a renewal racing the sign-out) would
-- otherwise live on until its idle limit.
ALTER TABLE "employee" ADD COLUMN "sessions_valid_after" TIMESTAMP(3);
