-- 代理入力: a supervisor enters a plan on behalf of a member of staff without a PC (現業, shift
-- firefighters, nursery staff), who later confirms or corrects it when they sign in.

-- Used only by later transactions (PostgreSQL refuses a value added in the same one).
ALTER TYPE "ReviewAction" ADD VALUE 'PROXY_ENTRY';
ALTER TYPE "ReviewAction" ADD VALUE 'PROXY_SUBMIT';
ALTER TYPE "ReviewAction" ADD VALUE 'PROXY_CONFIRM';
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_PROXY_ENTERED';

-- Who last entered the plan on the member's behalf, and when the member confirmed it (NULL until
-- then). A proxy entry after a confirmation clears the confirmation: the member confirms again.
ALTER TABLE "development_plan" ADD COLUMN "proxy_entered_by_id" INTEGER;
ALTER TABLE "development_plan" ADD COLUMN "proxy_confirmed_at" TIMESTAMP(3);
ALTER TABLE "development_plan" ADD CONSTRAINT "development_plan_proxy_entered_by_id_fkey" FOREIGN KEY ("proxy_entered_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
