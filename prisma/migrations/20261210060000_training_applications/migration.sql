-- Training applications (issue 21, item 1): the 職員研修所 publishes a session for application,
-- staff apply with a reason, the supervisor recommends (推薦) with an order or refuses with a
-- comment, HR selects within the capacity in the order of recommendation (the rest wait), and
-- the attendance that follows gets a 受講報告 and a course evaluation (研修アンケート).

ALTER TYPE "NotificationKind" ADD VALUE 'TRAINING_APPLIED';
ALTER TYPE "NotificationKind" ADD VALUE 'TRAINING_RECOMMENDED';
ALTER TYPE "NotificationKind" ADD VALUE 'TRAINING_TO_SELECT';
ALTER TYPE "NotificationKind" ADD VALUE 'TRAINING_NOT_RECOMMENDED';
ALTER TYPE "NotificationKind" ADD VALUE 'TRAINING_SELECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'TRAINING_WAITLISTED';
ALTER TYPE "NotificationKind" ADD VALUE 'TRAINING_REPORT_DUE';

CREATE TYPE "ApplicationStatus" AS ENUM ('APPLIED', 'RECOMMENDED', 'NOT_RECOMMENDED', 'SELECTED', 'WAITLISTED');

-- A session is open for application until this date (Japan time), when set; null: not published.
ALTER TABLE "training_session" ADD COLUMN "applications_until" DATE;

CREATE TABLE "training_application" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'APPLIED',
    "recommendation_order" INTEGER,
    "supervisor_comment" TEXT NOT NULL DEFAULT '',
    "reviewed_by_id" INTEGER,
    "reviewed_at" TIMESTAMP(3),
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMP(3),
    "enrolment_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_application_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "training_application_order_check" CHECK ("recommendation_order" IS NULL OR "recommendation_order" BETWEEN 1 AND 999),
    -- An order belongs to a recommendation, kept when HR decides; HR may also decide on an
    -- application nobody recommended (an applicant without a supervisor), which has none.
    CONSTRAINT "training_application_recommended_check" CHECK ("recommendation_order" IS NULL OR "status" IN ('RECOMMENDED', 'SELECTED', 'WAITLISTED')),
    -- A selected application is exactly one that made an enrolment.
    CONSTRAINT "training_application_enrolment_check" CHECK (("enrolment_id" IS NOT NULL) = ("status" = 'SELECTED'))
);
CREATE UNIQUE INDEX "training_application_session_id_employee_id_key" ON "training_application"("session_id", "employee_id");
CREATE UNIQUE INDEX "training_application_enrolment_id_key" ON "training_application"("enrolment_id");
CREATE INDEX "training_application_employee_id_idx" ON "training_application"("employee_id");
-- HR's list of a session in the order of recommendation.
CREATE INDEX "training_application_session_id_status_recommendation_order_idx" ON "training_application"("session_id", "status", "recommendation_order");
ALTER TABLE "training_application" ADD CONSTRAINT "training_application_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "training_application" ADD CONSTRAINT "training_application_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "training_application" ADD CONSTRAINT "training_application_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "training_application" ADD CONSTRAINT "training_application_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "training_application" ADD CONSTRAINT "training_application_enrolment_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The 受講報告 and the course evaluation of one attendance, by the attendee.
CREATE TABLE "training_report" (
    "id" SERIAL NOT NULL,
    "enrolment_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "report" TEXT NOT NULL,
    "satisfaction" SMALLINT NOT NULL,
    "usefulness" SMALLINT NOT NULL,
    "applied_at_work" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_report_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "training_report_satisfaction_check" CHECK ("satisfaction" BETWEEN 1 AND 5),
    CONSTRAINT "training_report_usefulness_check" CHECK ("usefulness" BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX "training_report_enrolment_id_key" ON "training_report"("enrolment_id");
CREATE INDEX "training_report_employee_id_idx" ON "training_report"("employee_id");
ALTER TABLE "training_report" ADD CONSTRAINT "training_report_enrolment_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "training_report" ADD CONSTRAINT "training_report_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
