import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields of a commitment every reader of it may see, with its latest progress. */
export const commitmentSelect = {
  id: true,
  level: true,
  fiscalYear: true,
  planId: true,
  title: true,
  description: true,
  targetText: true,
  targetValue: true,
  targetUnit: true,
  actualValue: true,
  progressPercent: true,
  dueOn: true,
  status: true,
  position: true,
  version: true,
  measureId: true,
  focusThemeId: true,
  targetImageId: true,
  measure: { select: { number: true, name: true, area: { select: { number: true } } } },
  focusTheme: { select: { number: true, name: true } },
  targetImage: { select: { number: true, name: true } },
  progress: {
    orderBy: [{ recordedOn: "desc" }, { id: "desc" }],
    select: { id: true, recordedOn: true, note: true, percent: true, actualValue: true, recordedBy: { select: { name: true } } },
  },
} satisfies Prisma.CommitmentSelect;
