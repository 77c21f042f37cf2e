-- A supervisor's count of plans waiting for review: for a 局長 over a bureau of 2,000 staff it
-- read every submitted plan of the city from the heap (40 ms on the city dataset); from this
-- index it is an index-only join with the team (10 ms).
CREATE INDEX "development_plan_submitted_employee_idx" ON "development_plan"("employee_id") WHERE "status" = 'SUBMITTED';

-- A notification asks someone to act on a thing; once the thing is done (a plan reviewed by any
-- of its supervisors, a returned plan submitted again) its unread notifications are resolved
-- together, found by the thing's page among the unread ones only.
CREATE INDEX "notification_unread_href_idx" ON "notification"("href") WHERE "read_at" IS NULL;

-- The confirmation queue lists the records of open fiscal years only (a closed year is read-only
-- for supervisors). Walked oldest first, the index by creation time read every waiting record of
-- the closed years before reaching one of this year (1.2 s for a bureau of 2,000): the queue now
-- starts from the team's people, and their waiting records of a year are counted from this index.
DROP INDEX "training_record_unverified_created_at_idx";
DROP INDEX "training_record_unverified_employee_idx";
CREATE INDEX "training_record_unverified_employee_idx" ON "training_record"("employee_id", "fiscal_year", "created_at") WHERE "verified_at" IS NULL;
