-- The supervisors' work queues at city scale. The confirmation queue: a 局長 over a bureau of 2,000 staff has tens
-- of thousands of declarations waiting. Only what waits is indexed: the queue is read oldest
-- first straight from the index (not sorted from every waiting row), and a team's waiting
-- records are counted from the index alone.
CREATE INDEX "training_record_unverified_created_at_idx" ON "training_record"("created_at", "id") WHERE "verified_at" IS NULL;
CREATE INDEX "training_record_unverified_employee_idx" ON "training_record"("employee_id", "created_at") WHERE "verified_at" IS NULL;
CREATE INDEX "qualification_record_unverified_created_at_idx" ON "qualification_record"("created_at", "id") WHERE "verified_at" IS NULL;
CREATE INDEX "qualification_record_unverified_employee_idx" ON "qualification_record"("employee_id", "created_at") WHERE "verified_at" IS NULL;

-- The plans review queue likewise: the oldest submissions of a scope, read in order. Without it
-- every review queue scanned all 80,000 plans of the city for the few thousand submitted ones.
CREATE INDEX "development_plan_status_submitted_at_id_idx" ON "development_plan"("status", "submitted_at", "id");
