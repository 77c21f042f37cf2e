import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { areaLabel, measureLabel } from "./measure-label";

export interface MeasureOption {
  id: number;
  label: string; // ⑤職員の自己啓発支援
  mainInitiative: string | null;
}

export interface AreaOption {
  id: number;
  label: string; // （1）職員の主体的な成長を支援する研修・能力開発
  measures: MeasureOption[];
}

/** Areas and their measures that new records may point to: retired ones are left out. */
export async function findSelectableMeasures(actor: Actor): Promise<AreaOption[]> {
  void actor; // the catalogue is readable by every role
  const areas = await db.policyArea.findMany({
    where: { retiredAt: null },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      name: true,
      measures: {
        where: { retiredAt: null },
        orderBy: { number: "asc" },
        select: { id: true, number: true, name: true, initiatives: { where: { isMain: true, retiredAt: null }, select: { name: true }, take: 1 } },
      },
    },
  });
  return areas.map((area) => ({
    id: area.id,
    label: areaLabel(area),
    measures: area.measures.map((measure) => ({
      id: measure.id,
      label: measureLabel({ areaNumber: area.number, number: measure.number, name: measure.name }),
      mainInitiative: measure.initiatives[0]?.name ?? null,
    })),
  }));
}

/** Focus themes and target images for optional links, without retired ones. */
export async function findSelectableThemesAndImages(actor: Actor) {
  void actor;
  const [themes, images] = await Promise.all([
    db.focusTheme.findMany({ where: { retiredAt: null }, orderBy: { number: "asc" }, select: { id: true, number: true, name: true } }),
    db.targetImage.findMany({ where: { retiredAt: null }, orderBy: { number: "asc" }, select: { id: true, number: true, name: true } }),
  ]);
  return {
    themes: themes.map((theme) => ({ id: theme.id, label: `${theme.number}．${theme.name}` })),
    images: images.map((image) => ({ id: image.id, label: `${image.number}．${image.name}` })),
  };
}

/** Inside a write: the measure must exist and not be retired, else the input is refused. */
export async function isSelectableMeasure(tx: Prisma.TransactionClient, measureId: number): Promise<boolean> {
  return (await tx.measure.count({ where: { id: measureId, retiredAt: null, area: { retiredAt: null } } })) === 1;
}

/** The measure that records of self-study default to: ⑤職員の自己啓発支援 of area (1). */
export async function findSelfStudyMeasureId(): Promise<number | null> {
  const measure = await db.measure.findFirst({ where: { number: 5, area: { number: 1 }, retiredAt: null }, select: { id: true } });
  return measure?.id ?? null;
}
