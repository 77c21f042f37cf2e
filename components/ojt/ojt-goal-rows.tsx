"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { MeasureSelect } from "@/components/measure-select";
import { Button, buttonClass } from "@/components/ui/button";
import { Checkbox, Select, TextArea } from "@/components/ui/form-controls";
import { OJT_PERIODS } from "@/lib/year/ojt/periods";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";
import { EMPTY_GOAL, type GoalRowValues } from "./goal-row-values";

/**
 * The plan's goals as rows of period → measure → goal, numbered `goals.<n>.*` in the order
 * shown, so a server error `goals.1.goal` lands on the second row. Rows are added and removed
 * with buttons (keyboard reachable); a new row takes the focus, as does "add" after a removal.
 */
export function OjtGoalRows({
  areas,
  initial,
  max,
  withAchieved,
  error,
}: {
  areas: AreaOption[];
  initial: GoalRowValues[];
  max: number;
  withAchieved: boolean;
  error: (field: string) => string | undefined;
}) {
  const t = useTranslations("ojt.form");
  const tp = useTranslations("ojt.periods");
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((values, key) => ({ key, values })));
  // A new object per request, so that asking twice for the same target still moves the focus.
  const [focus, setFocus] = useState<{ target: number | "add" } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focus?.target === "add") addButton.current?.focus();
    else if (focus) document.getElementById(`goal-${focus.target}-period`)?.focus();
  }, [focus]);

  const periodOptions = OJT_PERIODS.map((period) => ({ value: period, label: tp(period) }));
  return (
    <div className="flex flex-col gap-6">
      {rows.map(({ key, values }, index) => {
        const field = (name: string) => `goals.${index}.${name}`;
        return (
          <fieldset key={key} className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
            <legend className="px-2 text-std-17B-170">{t("goalRow", { n: index + 1 })}</legend>
            {values.id !== undefined ? <input type="hidden" name={field("id")} value={values.id} /> : null}
            <Select
              id={`goal-${key}-period`}
              name={field("period")}
              label={t("period")}
              requiredLabel={t("required")}
              placeholder={t("choose")}
              options={periodOptions}
              defaultValue={values.period}
              error={error(field("period"))}
            />
            <MeasureSelect areas={areas} name={field("measureId")} defaultMeasureId={values.measureId} error={error(field("measureId"))} />
            <TextArea
              id={`goal-${key}-goal`}
              name={field("goal")}
              label={t("goal")}
              requiredLabel={t("required")}
              hint={t("goalHint")}
              rows={2}
              maxLength={400}
              defaultValue={values.goal}
              error={error(field("goal"))}
            />
            {withAchieved ? <Checkbox id={`goal-${key}-achieved`} name={field("achieved")} label={t("achieved")} defaultChecked={values.achieved} /> : null}
            {rows.length > 1 ? (
              <div>
                <Button
                  type="button"
                  variant="tertiary"
                  size="sm"
                  onClick={() => {
                    setRows((current) => current.filter((row) => row.key !== key));
                    setFocus({ target: "add" });
                  }}
                >
                  {t("removeGoal", { n: index + 1 })}
                </Button>
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <button
          ref={addButton}
          type="button"
          className={`${buttonClass("secondary", "sm")} disabled:cursor-not-allowed disabled:opacity-60`}
          disabled={rows.length >= max}
          onClick={() => {
            const key = nextKey.current++;
            setRows((current) => [...current, { key, values: EMPTY_GOAL }]);
            setFocus({ target: key });
          }}
        >
          {t("addGoal")}
        </button>
        <p className="mt-2 text-std-16N-170 text-solid-gray-700">{t("goalsHint", { max })}</p>
      </div>
    </div>
  );
}
