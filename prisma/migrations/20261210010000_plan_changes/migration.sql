-- Changes during the year keep what was agreed (issue 19): an approved plan stays approved when
-- its owner edits it. What the supervisor approved last is kept as it was approved, so that the
-- changes since can be shown to them as a diff and the approved commitments keep taking progress.
ALTER TABLE "development_plan" ADD COLUMN "approved_snapshot" JSONB;
ALTER TABLE "development_plan" ADD COLUMN "changes_submitted_at" TIMESTAMP(3);

-- Changes wait for review only on an approved plan: a draft or a submitted plan is reviewed whole.
ALTER TABLE "development_plan" ADD CONSTRAINT "development_plan_changes_check" CHECK ("changes_submitted_at" IS NULL OR "status" = 'APPROVED');

-- The review queue counts plans with changes beside submitted plans: a second partial index, so
-- that a bureau's count stays an index-only join with its staff (the submitted plans' index is
-- 20261206100000_truthful_queues). The time the changes were sent is its second column: it keys
-- the index apart from the submitted plans' one on employee_id, and orders a person's waits.
CREATE INDEX "development_plan_changes_employee_idx" ON "development_plan"("employee_id", "changes_submitted_at") WHERE "changes_submitted_at" IS NOT NULL;

-- The timeline names the steps of a change to an approved plan. Used only by later transactions
-- (PostgreSQL refuses a value added in the same transaction).
ALTER TYPE "ReviewAction" ADD VALUE 'CHANGES_SUBMIT';
ALTER TYPE "ReviewAction" ADD VALUE 'CHANGES_WITHDRAW';
ALTER TYPE "ReviewAction" ADD VALUE 'CHANGES_APPROVE';
ALTER TYPE "ReviewAction" ADD VALUE 'CHANGES_RETURN';

-- The supervisor is asked to review the changes; resolved when they approve or return them.
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_CHANGES_SUBMITTED';
