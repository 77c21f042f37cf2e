-- The supervisors' confirmation queue, oldest first, walked in order within one open year: the
-- oldest waiting records of a bureau of 2,000 are found among the first few hundred of the year
-- instead of by reading and sorting all 6,000 of its members' waiting records.
CREATE INDEX "training_record_unverified_queue_idx" ON "training_record"("fiscal_year", "created_at", "id") WHERE verified_at IS NULL;
