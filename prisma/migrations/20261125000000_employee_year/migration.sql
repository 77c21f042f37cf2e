-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "CommitmentLevel" AS ENUM ('INDIVIDUAL', 'TEAM', 'BUREAU', 'CITY');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('INSTITUTE', 'DEPARTMENTAL', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "ReviewAction" AS ENUM ('CREATE', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN', 'COMMENT', 'STATUS');

-- CreateEnum
CREATE TYPE "InterviewKind" AS ENUM ('START_OF_YEAR', 'MID_YEAR', 'END_OF_YEAR', 'OTHER');

-- CreateTable
CREATE TABLE "development_plan" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "vision_now" TEXT NOT NULL DEFAULT '',
    "vision_3_years" TEXT NOT NULL DEFAULT '',
    "vision_10_years" TEXT NOT NULL DEFAULT '',
    "transfer_wish_fields" TEXT NOT NULL DEFAULT '',
    "transfer_wish_comment" TEXT NOT NULL DEFAULT '',
    "reflection" TEXT NOT NULL DEFAULT '',
    "submitted_at" TIMESTAMP(3),
    "reviewed_at" TIMESTAMP(3),
    "reviewer_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "development_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_target_image" (
    "plan_id" INTEGER NOT NULL,
    "target_image_id" INTEGER NOT NULL,
    "aspired" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT NOT NULL DEFAULT '',
    "self_score" INTEGER,
    "self_comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "plan_target_image_pkey" PRIMARY KEY ("plan_id","target_image_id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" SERIAL NOT NULL,
    "level" "CommitmentLevel" NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "plan_id" INTEGER,
    "owner_employee_id" INTEGER,
    "owner_unit_id" INTEGER,
    "measure_id" INTEGER NOT NULL,
    "focus_theme_id" INTEGER,
    "target_image_id" INTEGER,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "target_text" TEXT NOT NULL DEFAULT '',
    "target_value" DECIMAL(12,2),
    "target_unit" TEXT NOT NULL DEFAULT '',
    "actual_value" DECIMAL(12,2),
    "progress_percent" INTEGER NOT NULL DEFAULT 0,
    "due_on" DATE,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'DRAFT',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_progress" (
    "id" SERIAL NOT NULL,
    "commitment_id" INTEGER NOT NULL,
    "recorded_on" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "percent" INTEGER,
    "actual_value" DECIMAL(12,2),
    "recorded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_progress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_event" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER,
    "commitment_id" INTEGER,
    "action" "ReviewAction" NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT,
    "comment" TEXT NOT NULL DEFAULT '',
    "actor_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_record" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "programme_name" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "start_on" DATE NOT NULL,
    "end_on" DATE NOT NULL,
    "hours" DECIMAL(6,1) NOT NULL,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "measure_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "qualification_record" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "obtained_on" DATE NOT NULL,
    "expires_on" DATE,
    "measure_id" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "qualification_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ojt_plan" (
    "id" SERIAL NOT NULL,
    "trainee_id" INTEGER NOT NULL,
    "trainer_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "goals" TEXT NOT NULL DEFAULT '',
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ojt_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ojt_session" (
    "id" SERIAL NOT NULL,
    "ojt_plan_id" INTEGER NOT NULL,
    "held_on" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "learnt" TEXT NOT NULL DEFAULT '',
    "next_step" TEXT NOT NULL DEFAULT '',
    "recorded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ojt_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "career_interview" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER NOT NULL,
    "held_on" DATE NOT NULL,
    "kind" "InterviewKind" NOT NULL,
    "agenda" TEXT NOT NULL DEFAULT '',
    "shared_notes" TEXT NOT NULL DEFAULT '',
    "private_notes" TEXT NOT NULL DEFAULT '',
    "agreed_actions" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "career_interview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "development_plan_fiscal_year_status_idx" ON "development_plan"("fiscal_year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "development_plan_employee_id_fiscal_year_key" ON "development_plan"("employee_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "commitment_plan_id_position_idx" ON "commitment"("plan_id", "position");

-- CreateIndex
CREATE INDEX "commitment_owner_employee_id_fiscal_year_idx" ON "commitment"("owner_employee_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "commitment_fiscal_year_level_measure_id_idx" ON "commitment"("fiscal_year", "level", "measure_id");

-- CreateIndex
CREATE INDEX "commitment_progress_commitment_id_recorded_on_idx" ON "commitment_progress"("commitment_id", "recorded_on");

-- CreateIndex
CREATE INDEX "review_event_plan_id_at_idx" ON "review_event"("plan_id", "at");

-- CreateIndex
CREATE INDEX "review_event_commitment_id_at_idx" ON "review_event"("commitment_id", "at");

-- CreateIndex
CREATE INDEX "training_record_employee_id_fiscal_year_idx" ON "training_record"("employee_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "training_record_fiscal_year_kind_idx" ON "training_record"("fiscal_year", "kind");

-- CreateIndex
CREATE INDEX "qualification_record_employee_id_obtained_on_idx" ON "qualification_record"("employee_id", "obtained_on");

-- CreateIndex
CREATE INDEX "ojt_plan_trainer_id_fiscal_year_idx" ON "ojt_plan"("trainer_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "ojt_plan_trainee_id_fiscal_year_key" ON "ojt_plan"("trainee_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "ojt_session_ojt_plan_id_held_on_idx" ON "ojt_session"("ojt_plan_id", "held_on");

-- CreateIndex
CREATE INDEX "career_interview_employee_id_held_on_idx" ON "career_interview"("employee_id", "held_on");

-- CreateIndex
CREATE INDEX "career_interview_supervisor_id_held_on_idx" ON "career_interview"("supervisor_id", "held_on");

-- AddForeignKey
ALTER TABLE "development_plan" ADD CONSTRAINT "development_plan_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_plan" ADD CONSTRAINT "development_plan_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_target_image" ADD CONSTRAINT "plan_target_image_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "development_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_target_image" ADD CONSTRAINT "plan_target_image_target_image_id_fkey" FOREIGN KEY ("target_image_id") REFERENCES "target_image"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "development_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_owner_employee_id_fkey" FOREIGN KEY ("owner_employee_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_owner_unit_id_fkey" FOREIGN KEY ("owner_unit_id") REFERENCES "org_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_focus_theme_id_fkey" FOREIGN KEY ("focus_theme_id") REFERENCES "focus_theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_target_image_id_fkey" FOREIGN KEY ("target_image_id") REFERENCES "target_image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_progress" ADD CONSTRAINT "commitment_progress_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_progress" ADD CONSTRAINT "commitment_progress_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_event" ADD CONSTRAINT "review_event_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "development_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_event" ADD CONSTRAINT "review_event_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_event" ADD CONSTRAINT "review_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qualification_record" ADD CONSTRAINT "qualification_record_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qualification_record" ADD CONSTRAINT "qualification_record_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qualification_record" ADD CONSTRAINT "qualification_record_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ojt_plan" ADD CONSTRAINT "ojt_plan_trainee_id_fkey" FOREIGN KEY ("trainee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ojt_plan" ADD CONSTRAINT "ojt_plan_trainer_id_fkey" FOREIGN KEY ("trainer_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ojt_plan" ADD CONSTRAINT "ojt_plan_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ojt_session" ADD CONSTRAINT "ojt_session_ojt_plan_id_fkey" FOREIGN KEY ("ojt_plan_id") REFERENCES "ojt_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ojt_session" ADD CONSTRAINT "ojt_session_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "career_interview" ADD CONSTRAINT "career_interview_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "career_interview" ADD CONSTRAINT "career_interview_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
