-- Language and calendar belong to the person, not the browser: staff share office PCs, and a
-- choice made on one should follow them to another. The cookies stay the per-request fast path;
-- these columns are what sign-in restores them from. NULL is "never chosen" (Japanese, 和暦).
ALTER TABLE "employee" ADD COLUMN "preferred_language" TEXT,
    ADD COLUMN "date_style" TEXT;
ALTER TABLE "employee" ADD CONSTRAINT "employee_preferred_language_check"
    CHECK ("preferred_language" IN ('ja', 'en'));
ALTER TABLE "employee" ADD CONSTRAINT "employee_date_style_check"
    CHECK ("date_style" IN ('wareki', 'gregorian'));
