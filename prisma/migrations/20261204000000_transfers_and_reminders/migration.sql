-- Personnel transfers (人事異動) with an effective date, reminders the portal raises by itself,
-- and e-mail digests of notifications.

-- The new kinds are only used by later transactions (PostgreSQL refuses a value added in the
-- same transaction), so they can be added here.
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_REVIEW_OVERDUE';
ALTER TYPE "NotificationKind" ADD VALUE 'QUALIFICATION_EXPIRING';
ALTER TYPE "NotificationKind" ADD VALUE 'INTERVIEW_MISSING';
ALTER TYPE "NotificationKind" ADD VALUE 'OJT_PLAN_MISSING';
ALTER TYPE "NotificationKind" ADD VALUE 'TRANSFER_SCHEDULED';
ALTER TYPE "NotificationKind" ADD VALUE 'TRANSFER_HANDOVER';

CREATE TYPE "TransferStatus" AS ENUM ('SCHEDULED', 'APPLIED', 'CANCELLED');
CREATE TYPE "TransferSource" AS ENUM ('IMPORT', 'SCREEN');
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD');

-- One move of a member of staff to another unit and/or supervisor, from a date. Scheduled rows
-- take effect by themselves on their date; applied rows are the history of who supervised whom.
CREATE TABLE "staff_transfer" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "effective_on" DATE NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'SCHEDULED',
    "source" "TransferSource" NOT NULL,
    "from_unit_id" INTEGER NOT NULL,
    "to_unit_id" INTEGER NOT NULL,
    "from_supervisor_id" INTEGER,
    "to_supervisor_id" INTEGER,
    "handover_note" TEXT NOT NULL DEFAULT '',
    "handover_note_by_id" INTEGER,
    "handover_note_at" TIMESTAMP(3),
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "staff_transfer_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "staff_transfer_status_effective_on_idx" ON "staff_transfer"("status", "effective_on");
CREATE INDEX "staff_transfer_employee_id_effective_on_idx" ON "staff_transfer"("employee_id", "effective_on");
ALTER TABLE "staff_transfer" ADD CONSTRAINT "staff_transfer_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "staff_transfer" ADD CONSTRAINT "staff_transfer_from_unit_id_fkey" FOREIGN KEY ("from_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "staff_transfer" ADD CONSTRAINT "staff_transfer_to_unit_id_fkey" FOREIGN KEY ("to_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "staff_transfer" ADD CONSTRAINT "staff_transfer_from_supervisor_id_fkey" FOREIGN KEY ("from_supervisor_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "staff_transfer" ADD CONSTRAINT "staff_transfer_to_supervisor_id_fkey" FOREIGN KEY ("to_supervisor_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "staff_transfer" ADD CONSTRAINT "staff_transfer_handover_note_by_id_fkey" FOREIGN KEY ("handover_note_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "staff_transfer" ADD CONSTRAINT "staff_transfer_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An OJT pairing whose trainer no longer works beside the trainee, from this date, until the
-- supervisor names another trainer (or keeps this one).
ALTER TABLE "ojt_plan" ADD COLUMN "reassign_since" DATE;

-- Reminders raised by the portal carry a key, so the same reminder is never raised twice.
ALTER TABLE "notification" ADD COLUMN "dedupe_key" TEXT;
ALTER TABLE "notification" ADD COLUMN "mail_id" INTEGER;
CREATE UNIQUE INDEX "notification_dedupe_key_key" ON "notification"("dedupe_key");
CREATE INDEX "notification_mail_id_idx" ON "notification"("mail_id");

-- Whether a person wants their notifications as a daily e-mail digest.
ALTER TABLE "employee" ADD COLUMN "email_digest" BOOLEAN NOT NULL DEFAULT false;

-- Every e-mail the portal means to send. Without SMTP settings they stay here (HELD) for the HR
-- division to read; with them, a sender claims PENDING rows and marks each SENT or FAILED.
CREATE TABLE "mail_outbox" (
    "id" SERIAL NOT NULL,
    "recipient_id" INTEGER NOT NULL,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "digest_on" DATE NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "mail_outbox_recipient_id_digest_on_key" ON "mail_outbox"("recipient_id", "digest_on");
CREATE INDEX "mail_outbox_status_created_at_idx" ON "mail_outbox"("status", "created_at");
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notification" ADD CONSTRAINT "notification_mail_id_fkey" FOREIGN KEY ("mail_id") REFERENCES "mail_outbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;
