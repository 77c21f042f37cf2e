-- Verified development records: a training or qualification the employee declared is confirmed
-- by their supervisor (or by the HR division for 研修所研修 attendance it recorded), and may carry
-- one certificate. The certificate's description and its bytes are two tables, so that listing
-- records never reads the bytes; both live in PostgreSQL, shared by every portal instance and
-- included in its backups.

-- CreateTable
CREATE TABLE "record_attachment" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_attachment_pkey" PRIMARY KEY ("id"),
    -- The three types the upload accepts (lib/records/attachments/detect-attachment-type.ts);
    -- the route serves content_type as the response's type, so nothing else may get in.
    CONSTRAINT "record_attachment_content_type_check" CHECK ("content_type" IN ('application/pdf', 'image/png', 'image/jpeg')),
    CONSTRAINT "record_attachment_byte_size_check" CHECK ("byte_size" > 0)
);

-- CreateTable
CREATE TABLE "record_attachment_content" (
    "attachment_id" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "record_attachment_content_pkey" PRIMARY KEY ("attachment_id")
);

-- AlterTable
ALTER TABLE "training_record" ADD COLUMN "verified_at" TIMESTAMP(3),
ADD COLUMN "verified_by_id" INTEGER,
ADD COLUMN "attachment_id" INTEGER,
-- Verified means by someone, at some time: never one without the other.
ADD CONSTRAINT "training_record_verified_check" CHECK (("verified_at" IS NULL) = ("verified_by_id" IS NULL));

-- AlterTable
ALTER TABLE "qualification_record" ADD COLUMN "verified_at" TIMESTAMP(3),
ADD COLUMN "verified_by_id" INTEGER,
ADD COLUMN "attachment_id" INTEGER,
ADD CONSTRAINT "qualification_record_verified_check" CHECK (("verified_at" IS NULL) = ("verified_by_id" IS NULL));

-- CreateIndex
CREATE INDEX "record_attachment_employee_id_idx" ON "record_attachment"("employee_id");

-- CreateIndex
CREATE UNIQUE INDEX "training_record_attachment_id_key" ON "training_record"("attachment_id");

-- CreateIndex
CREATE UNIQUE INDEX "qualification_record_attachment_id_key" ON "qualification_record"("attachment_id");

-- AddForeignKey
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "record_attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qualification_record" ADD CONSTRAINT "qualification_record_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qualification_record" ADD CONSTRAINT "qualification_record_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "record_attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_attachment" ADD CONSTRAINT "record_attachment_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_attachment" ADD CONSTRAINT "record_attachment_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_attachment_content" ADD CONSTRAINT "record_attachment_content_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "record_attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
