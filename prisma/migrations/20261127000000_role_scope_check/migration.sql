-- A supervisor's or bureau coordinator's role is always over a unit; only the HR division and
-- the headquarters are city-wide. Deleting a unit that still has such roles now fails instead
-- of setting their unit to NULL (which the code would treat as no access, but must not exist).
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_unit_scope_check"
    CHECK ("role" IN ('HR_DIVISION', 'HEADQUARTERS') OR "unit_id" IS NOT NULL);
