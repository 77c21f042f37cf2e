-- The city's year as it is run: the windows of the 期首 plan, the 中間 check and the 期末
-- reflection per fiscal year, the reminders (督促) sent to those who have not done a step,
-- acting reviewers (代決) and concurrent posts (兼務・併任).

-- Used only by later transactions (PostgreSQL refuses a value added in the same one).
ALTER TYPE "NotificationKind" ADD VALUE 'CYCLE_REMINDER';

CREATE TYPE "CycleStep" AS ENUM ('PLAN', 'MID_YEAR', 'REFLECTION');

-- One row per fiscal year: the city's three windows, set by the HR division. One row (not one
-- per step) so that one version guards the whole calendar and the order of the windows is a
-- CHECK the database keeps, whoever writes.
CREATE TABLE "cycle_calendar" (
    "fiscal_year" INTEGER NOT NULL,
    "plan_starts_on" DATE NOT NULL,
    "plan_ends_on" DATE NOT NULL,
    "mid_year_starts_on" DATE NOT NULL,
    "mid_year_ends_on" DATE NOT NULL,
    "reflection_starts_on" DATE NOT NULL,
    "reflection_ends_on" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cycle_calendar_pkey" PRIMARY KEY ("fiscal_year"),
    CONSTRAINT "cycle_calendar_order_check" CHECK (plan_starts_on <= plan_ends_on AND plan_ends_on < mid_year_starts_on AND mid_year_starts_on <= mid_year_ends_on AND mid_year_ends_on < reflection_starts_on AND reflection_starts_on <= reflection_ends_on)
);
ALTER TABLE "cycle_calendar" ADD CONSTRAINT "cycle_calendar_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A bureau's own end date for one step, overriding the city's (a bureau busy with the 決算 in
-- spring closes its 期首 later).
CREATE TABLE "cycle_bureau_deadline" (
    "id" SERIAL NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "bureau_id" INTEGER NOT NULL,
    "step" "CycleStep" NOT NULL,
    "ends_on" DATE NOT NULL,

    CONSTRAINT "cycle_bureau_deadline_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "cycle_bureau_deadline_fiscal_year_bureau_id_step_key" ON "cycle_bureau_deadline"("fiscal_year", "bureau_id", "step");
ALTER TABLE "cycle_bureau_deadline" ADD CONSTRAINT "cycle_bureau_deadline_fiscal_year_fkey" FOREIGN KEY ("fiscal_year") REFERENCES "cycle_calendar"("fiscal_year") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "cycle_bureau_deadline" ADD CONSTRAINT "cycle_bureau_deadline_bureau_id_fkey" FOREIGN KEY ("bureau_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One reminder per person, step and day: the unique key, not a check before the insert, is what
-- keeps two coordinators pressing the button at once from sending it twice.
CREATE TABLE "cycle_reminder" (
    "id" SERIAL NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "step" "CycleStep" NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "sent_on" DATE NOT NULL,
    "sent_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cycle_reminder_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "cycle_reminder_employee_id_fiscal_year_step_sent_on_key" ON "cycle_reminder"("employee_id", "fiscal_year", "step", "sent_on");
-- The day's reminders of a scope, counted on the progress pages.
CREATE INDEX "cycle_reminder_fiscal_year_sent_on_idx" ON "cycle_reminder"("fiscal_year", "sent_on");
ALTER TABLE "cycle_reminder" ADD CONSTRAINT "cycle_reminder_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "cycle_reminder" ADD CONSTRAINT "cycle_reminder_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 代決: while a supervisor is away, another person reviews their team from starts_on to ends_on
-- (both inclusive). It ends by itself: every read compares the dates with today.
CREATE TABLE "acting_reviewer" (
    "id" SERIAL NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "acting_id" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "acting_reviewer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "acting_reviewer_dates_check" CHECK (starts_on <= ends_on),
    CONSTRAINT "acting_reviewer_not_self_check" CHECK (supervisor_id <> acting_id)
);
CREATE INDEX "acting_reviewer_acting_id_ends_on_idx" ON "acting_reviewer"("acting_id", "ends_on");
CREATE INDEX "acting_reviewer_supervisor_id_ends_on_idx" ON "acting_reviewer"("supervisor_id", "ends_on");
ALTER TABLE "acting_reviewer" ADD CONSTRAINT "acting_reviewer_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "acting_reviewer" ADD CONSTRAINT "acting_reviewer_acting_id_fkey" FOREIGN KEY ("acting_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "acting_reviewer" ADD CONSTRAINT "acting_reviewer_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 兼務・併任: a second post in another unit, with dates. reviews_plan names the post whose
-- supervisor reviews the person's plan; otherwise the primary post's supervisor does.
CREATE TABLE "concurrent_post" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "reviews_plan" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "concurrent_post_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "concurrent_post_dates_check" CHECK (ends_on IS NULL OR starts_on <= ends_on)
);
CREATE UNIQUE INDEX "concurrent_post_employee_id_unit_id_starts_on_key" ON "concurrent_post"("employee_id", "unit_id", "starts_on");
CREATE INDEX "concurrent_post_unit_id_idx" ON "concurrent_post"("unit_id");
ALTER TABLE "concurrent_post" ADD CONSTRAINT "concurrent_post_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "concurrent_post" ADD CONSTRAINT "concurrent_post_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A review made by an acting reviewer names the supervisor they stood in for.
ALTER TABLE "review_event" ADD COLUMN "on_behalf_of_id" INTEGER;
ALTER TABLE "review_event" ADD CONSTRAINT "review_event_on_behalf_of_id_fkey" FOREIGN KEY ("on_behalf_of_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
