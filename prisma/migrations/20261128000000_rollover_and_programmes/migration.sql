-- CreateEnum
CREATE TYPE "FiscalYearStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'ATTENDED', 'COMPLETED', 'ABSENT');

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN "carried_from_id" INTEGER;

-- CreateTable
CREATE TABLE "fiscal_year" (
    "year" INTEGER NOT NULL,
    "status" "FiscalYearStatus" NOT NULL DEFAULT 'OPEN',
    "opened_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "fiscal_year_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "training_programme" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "measure_id" INTEGER,
    "target_ranks" TEXT NOT NULL DEFAULT '',
    "target_job_categories" TEXT NOT NULL DEFAULT '',
    "hours" DECIMAL(6,1) NOT NULL,
    "retired_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_session" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "start_on" DATE NOT NULL,
    "end_on" DATE NOT NULL,
    "venue" TEXT NOT NULL DEFAULT '',
    "online" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "training_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_enrolment" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'ENROLLED',
    "training_record_id" INTEGER,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "training_enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "commitment_carried_from_id_key" ON "commitment"("carried_from_id");

-- CreateIndex
CREATE INDEX "training_session_programme_id_fiscal_year_idx" ON "training_session"("programme_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "training_enrolment_training_record_id_key" ON "training_enrolment"("training_record_id");

-- CreateIndex
CREATE INDEX "training_enrolment_employee_id_idx" ON "training_enrolment"("employee_id");

-- CreateIndex
CREATE UNIQUE INDEX "training_enrolment_session_id_employee_id_key" ON "training_enrolment"("session_id", "employee_id");

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_carried_from_id_fkey" FOREIGN KEY ("carried_from_id") REFERENCES "commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_programme" ADD CONSTRAINT "training_programme_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "training_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_training_record_id_fkey" FOREIGN KEY ("training_record_id") REFERENCES "training_record"("id") ON DELETE SET NULL ON UPDATE CASCADE;
