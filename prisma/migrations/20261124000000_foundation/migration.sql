-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EMPLOYEE', 'SUPERVISOR', 'BUREAU_COORDINATOR', 'HR_DIVISION', 'HEADQUARTERS');

-- CreateEnum
CREATE TYPE "OrgUnitKind" AS ENUM ('BUREAU', 'DEPARTMENT', 'SECTION', 'UNIT');

-- CreateTable
CREATE TABLE "policy" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "start_fiscal_year" INTEGER NOT NULL,
    "end_fiscal_year" INTEGER NOT NULL,

    CONSTRAINT "policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_plan" (
    "id" SERIAL NOT NULL,
    "policy_id" INTEGER NOT NULL,
    "phase" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "start_fiscal_year" INTEGER NOT NULL,
    "end_fiscal_year" INTEGER NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "promotion_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_image" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "retired_at" TIMESTAMP(3),

    CONSTRAINT "target_image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "focus_theme" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "retired_at" TIMESTAMP(3),

    CONSTRAINT "focus_theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "focus_theme_point" (
    "id" SERIAL NOT NULL,
    "theme_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "focus_theme_point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_area" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "retired_at" TIMESTAMP(3),

    CONSTRAINT "policy_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measure" (
    "id" SERIAL NOT NULL,
    "area_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "related_plan" TEXT,
    "retired_at" TIMESTAMP(3),

    CONSTRAINT "measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative" (
    "id" SERIAL NOT NULL,
    "measure_id" INTEGER NOT NULL,
    "promotion_plan_id" INTEGER,
    "name" TEXT NOT NULL,
    "is_main" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "retired_at" TIMESTAMP(3),

    CONSTRAINT "initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_actor" (
    "id" SERIAL NOT NULL,
    "role" "Role" NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "policy_actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_actor_responsibility" (
    "id" SERIAL NOT NULL,
    "actor_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "policy_actor_responsibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotion_body" (
    "id" SERIAL NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "holder" TEXT,

    CONSTRAINT "promotion_body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "org_unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrgUnitKind" NOT NULL,
    "parent_id" INTEGER,
    "path" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "retired_at" TIMESTAMP(3),

    CONSTRAINT "org_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employee" (
    "id" SERIAL NOT NULL,
    "staff_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_kana" TEXT NOT NULL,
    "job_category" TEXT NOT NULL,
    "rank" TEXT NOT NULL,
    "joined_on" DATE NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "supervisor_id" INTEGER,
    "email" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "employee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credential" (
    "employee_id" INTEGER NOT NULL,
    "password_hash" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "credential_pkey" PRIMARY KEY ("employee_id")
);

-- CreateTable
CREATE TABLE "role_assignment" (
    "id" SERIAL NOT NULL,
    "employee_id" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "unit_id" INTEGER,
    "include_subunits" BOOLEAN NOT NULL DEFAULT false,
    "valid_from" DATE NOT NULL DEFAULT CURRENT_DATE,
    "valid_to" DATE,

    CONSTRAINT "role_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT,
    "detail" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "promotion_plan_policy_id_phase_key" ON "promotion_plan"("policy_id", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "target_image_number_key" ON "target_image"("number");

-- CreateIndex
CREATE UNIQUE INDEX "focus_theme_number_key" ON "focus_theme"("number");

-- CreateIndex
CREATE UNIQUE INDEX "focus_theme_point_theme_id_position_key" ON "focus_theme_point"("theme_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "policy_area_number_key" ON "policy_area"("number");

-- CreateIndex
CREATE UNIQUE INDEX "measure_area_id_number_key" ON "measure"("area_id", "number");

-- CreateIndex
CREATE INDEX "initiative_measure_id_idx" ON "initiative"("measure_id");

-- CreateIndex
CREATE UNIQUE INDEX "policy_actor_role_key" ON "policy_actor"("role");

-- CreateIndex
CREATE UNIQUE INDEX "policy_actor_responsibility_actor_id_position_key" ON "policy_actor_responsibility"("actor_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_body_position_key" ON "promotion_body"("position");

-- CreateIndex
CREATE UNIQUE INDEX "org_unit_code_key" ON "org_unit"("code");

-- CreateIndex
CREATE INDEX "org_unit_parent_id_idx" ON "org_unit"("parent_id");

-- CreateIndex
CREATE INDEX "org_unit_path_idx" ON "org_unit"("path" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "employee_staff_number_key" ON "employee"("staff_number");

-- CreateIndex
CREATE UNIQUE INDEX "employee_email_key" ON "employee"("email");

-- CreateIndex
CREATE INDEX "employee_unit_id_idx" ON "employee"("unit_id");

-- CreateIndex
CREATE INDEX "employee_supervisor_id_idx" ON "employee"("supervisor_id");

-- CreateIndex
CREATE INDEX "role_assignment_employee_id_idx" ON "role_assignment"("employee_id");

-- CreateIndex
CREATE INDEX "role_assignment_unit_id_idx" ON "role_assignment"("unit_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "promotion_plan" ADD CONSTRAINT "promotion_plan_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "focus_theme_point" ADD CONSTRAINT "focus_theme_point_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "focus_theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure" ADD CONSTRAINT "measure_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "policy_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_promotion_plan_id_fkey" FOREIGN KEY ("promotion_plan_id") REFERENCES "promotion_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_actor_responsibility" ADD CONSTRAINT "policy_actor_responsibility_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "policy_actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employee" ADD CONSTRAINT "employee_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employee" ADD CONSTRAINT "employee_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credential" ADD CONSTRAINT "credential_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;
