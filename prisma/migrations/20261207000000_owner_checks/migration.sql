-- Who owns a commitment follows from its level (docs: "one idea at four levels"): an
-- individual commitment belongs to a plan and its employee, a team or bureau commitment to a
-- unit, a city-wide one to no one but the city. The code has always written them so; now the
-- database refuses anything else, one constraint per column so a refusal names the column.
-- Deleting an employee or a unit that still owns commitments now fails instead of leaving the
-- commitment without an owner (their keys are ON DELETE SET NULL).
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_plan_check"
    CHECK (("plan_id" IS NOT NULL) = ("level" = 'INDIVIDUAL'));
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_owner_employee_check"
    CHECK (("owner_employee_id" IS NOT NULL) = ("level" = 'INDIVIDUAL'));
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_owner_unit_check"
    CHECK (("owner_unit_id" IS NOT NULL) = ("level" IN ('TEAM', 'BUREAU')));

-- A review event is on the timeline of exactly one thing: a plan or a commitment.
ALTER TABLE "review_event" ADD CONSTRAINT "review_event_target_check"
    CHECK (("plan_id" IS NULL) <> ("commitment_id" IS NULL));
