-- CreateEnum
CREATE TYPE "CommitmentMetric" AS ENUM ('MANUAL', 'OJT_COVERAGE', 'INTERVIEWS_PER_MEMBER', 'PLAN_APPROVAL_RATE');

-- CreateEnum
CREATE TYPE "InterviewActionStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('PLAN_SUBMITTED', 'PLAN_RETURNED', 'PLAN_APPROVED', 'PLAN_COMMENTED', 'OJT_ASSIGNED', 'OJT_SESSION_LOGGED', 'INTERVIEW_RECORDED', 'COMMITMENT_SUBMITTED', 'COMMITMENT_RETURNED', 'COMMITMENT_APPROVED');

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN "metric" "CommitmentMetric" NOT NULL DEFAULT 'MANUAL';

-- CreateTable
CREATE TABLE "ojt_goal" (
    "id" SERIAL NOT NULL,
    "ojt_plan_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "measure_id" INTEGER NOT NULL,
    "goal" TEXT NOT NULL,
    "achieved" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ojt_goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interview_action" (
    "id" SERIAL NOT NULL,
    "interview_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "measure_id" INTEGER NOT NULL,
    "status" "InterviewActionStatus" NOT NULL DEFAULT 'PROPOSED',
    "commitment_id" INTEGER,
    "decided_at" TIMESTAMP(3),

    CONSTRAINT "interview_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" SERIAL NOT NULL,
    "recipient_id" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actor_id" INTEGER,
    "href" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "commitment_owner_unit_id_fiscal_year_idx" ON "commitment"("owner_unit_id", "fiscal_year");

-- CreateIndex
CREATE INDEX "ojt_goal_ojt_plan_id_position_idx" ON "ojt_goal"("ojt_plan_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "interview_action_commitment_id_key" ON "interview_action"("commitment_id");

-- CreateIndex
CREATE INDEX "interview_action_interview_id_idx" ON "interview_action"("interview_id");

-- CreateIndex
CREATE INDEX "notification_recipient_id_read_at_idx" ON "notification"("recipient_id", "read_at");

-- CreateIndex
CREATE INDEX "notification_recipient_id_created_at_idx" ON "notification"("recipient_id", "created_at");

-- AddForeignKey
ALTER TABLE "ojt_goal" ADD CONSTRAINT "ojt_goal_ojt_plan_id_fkey" FOREIGN KEY ("ojt_plan_id") REFERENCES "ojt_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ojt_goal" ADD CONSTRAINT "ojt_goal_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_action" ADD CONSTRAINT "interview_action_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "career_interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_action" ADD CONSTRAINT "interview_action_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_action" ADD CONSTRAINT "interview_action_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
