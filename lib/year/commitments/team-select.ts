import type { Prisma } from "@/lib/generated/prisma/client";
import { commitmentSelect } from "./commitment-select";

/** A team, bureau or city commitment as its readers see it: the common fields, how it is measured, its unit (none for the city). */
export const teamCommitmentSelect = {
  ...commitmentSelect,
  metric: true,
  ownerUnitId: true,
  ownerUnit: { select: { id: true, name: true, path: true, trail: true } },
} satisfies Prisma.CommitmentSelect;

export type TeamCommitmentRow = Prisma.CommitmentGetPayload<{ select: typeof teamCommitmentSelect }>;
