-- Attention rules (要確認の基準, issue 20): the bureau dashboard flagged every section below the
-- bureau's own average, so half the sections were always flagged and the flag said nothing. The
-- HR division now sets the rules: a figure, a threshold in per cent, how it is compared, and the
-- day of the fiscal year from which the rule applies (approval is low in April by design; it is
-- a concern after the end of June). A flag names the rule that fired.
CREATE TYPE "AttentionFigure" AS ENUM ('PLAN_SUBMISSION', 'PLAN_APPROVAL', 'OJT_COVERAGE', 'TRAINING_PARTICIPATION', 'INTERVIEW');
CREATE TYPE "AttentionComparison" AS ENUM ('BELOW', 'AT_MOST');

CREATE TABLE "attention_rule" (
    "id" SERIAL NOT NULL,
    "figure" "AttentionFigure" NOT NULL,
    "comparison" "AttentionComparison" NOT NULL DEFAULT 'BELOW',
    "threshold" INTEGER NOT NULL,
    "from_month" INTEGER NOT NULL,
    "from_day" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attention_rule_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "attention_rule" ADD CONSTRAINT "attention_rule_threshold_check" CHECK ("threshold" BETWEEN 0 AND 100);
-- A day every fiscal year has: no 29 February, which most years lack.
ALTER TABLE "attention_rule" ADD CONSTRAINT "attention_rule_from_check"
    CHECK ("from_month" BETWEEN 1 AND 12 AND "from_day" BETWEEN 1 AND (CASE WHEN "from_month" = 2 THEN 28 WHEN "from_month" IN (4, 6, 9, 11) THEN 30 ELSE 31 END));

-- What the dashboard flagged before, made explicit with the policy's own yardstick: plan
-- approval and young staff's OJT coverage below 80 %, after the first quarter.
INSERT INTO "attention_rule" ("figure", "comparison", "threshold", "from_month", "from_day") VALUES
    ('PLAN_APPROVAL', 'BELOW', 80, 7, 1),
    ('OJT_COVERAGE', 'BELOW', 80, 7, 1);
