import type { Prisma } from "@/lib/generated/prisma/client";
import { commitmentSelect } from "./commitment-select";

/** A team commitment as its readers see it: the common fields, how it is measured, its unit. */
export const teamCommitmentSelect = {
  ...commitmentSelect,
  metric: true,
  ownerUnitId: true,
  ownerUnit: { select: { id: true, name: true, path: true } },
} satisfies Prisma.CommitmentSelect;

export type TeamCommitmentRow = Prisma.CommitmentGetPayload<{ select: typeof teamCommitmentSelect }>;
