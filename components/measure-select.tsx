"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import type { AreaOption } from "@/lib/policy/find-selectable-measures";

/**
 * Choose a measure by area → measure; the measure's main initiative is shown under it so a
 * person sees what the measure means before linking to it. Submits `name` (the measure id).
 */
export function MeasureSelect({
  areas,
  name = "measureId",
  defaultMeasureId,
  error,
  required = true,
}: {
  areas: AreaOption[];
  name?: string;
  defaultMeasureId?: number | null;
  error?: string;
  required?: boolean;
}) {
  const t = useTranslations("measureSelect");
  const initialArea = areas.find((area) => area.measures.some((measure) => measure.id === defaultMeasureId)) ?? areas[0];
  const [areaId, setAreaId] = useState(initialArea?.id);
  const [measureId, setMeasureId] = useState(defaultMeasureId ?? null);
  const area = areas.find((candidate) => candidate.id === areaId);
  const measure = area?.measures.find((candidate) => candidate.id === measureId);
  return (
    <div className="flex flex-col gap-4">
      <Field id={`${name}-area`} label={t("area")}>
        {(aria) => (
          <select
            {...aria}
            className={`control min-h-14 max-w-xl`}
            value={areaId}
            onChange={(event) => {
              setAreaId(Number(event.target.value));
              setMeasureId(null);
            }}
          >
            {areas.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={name}
        label={t("measure")}
        requiredLabel={required ? t("required") : undefined}
        hint={measure?.mainInitiative ? t("mainInitiative", { initiative: measure.mainInitiative }) : undefined}
        error={error}
      >
        {(aria) => (
          <select
            {...aria}
            name={name}
            className={`control min-h-14 max-w-xl`}
            value={measureId ?? ""}
            onChange={(event) => setMeasureId(event.target.value ? Number(event.target.value) : null)}
          >
            <option value="">{t("choose")}</option>
            {area?.measures.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
