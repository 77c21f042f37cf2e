import { type CalendarDate, toDateColumn, tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";

/**
 * The fixed places of the demo organisation the scenes are built around, looked up once after
 * seeding (by code, and checked by name so a changed demo chart fails here, not in 2,000 cells).
 */
export interface Unit {
  id: number;
  code: string;
  path: string;
}

export interface World {
  fy: number;
  today: CalendarDate;
  todayIso: string;
  /** 健康福祉局 › 健康福祉部 › 障害企画課 › 企画係 (demo-supervisor's 係) and its sibling 事業係 */
  k: Unit;
  j: Unit;
  kSection: Unit;
  /** 健康福祉部, the 部 above 障害企画課 */
  kDepartment: Unit;
  healthBureau: Unit;
  /** 総務局 › 人事部 › 人事課 › 人材育成係 (the HR division's 係) and its sibling 人事係 */
  hrUnit: Unit;
  gs: Unit;
  gsSection: Unit;
  generalBureau: Unit;
  /** 青葉区 › 建設部 › 道路課 › 管理係: "another bureau" for everyone */
  a: Unit;
  aSection: Unit;
  aobaBureau: Unit;
  /** a selectable measure for anything that needs one */
  measureId: number;
  /** an active person in 青葉区 who trains the OJT plans the scenes need a trainer for */
  trainerId: number;
  /** a fiscal year closed by a rollover long ago: writes to it are HR's only */
  closedYear: number;
  yesterday: Date;
}

async function unit(code: string, name: string): Promise<Unit> {
  const found = await db.orgUnit.findUniqueOrThrow({ where: { code }, select: { id: true, code: true, path: true, name: true } });
  if (found.name !== name) throw new Error(`demo unit ${code} is ${found.name}, expected ${name}`);
  return { id: found.id, code: found.code, path: found.path };
}

export async function loadWorld(): Promise<World> {
  const today = tokyoDate();
  const a = await unit("B03-D02-S01-U01", "管理係");
  const trainer = await db.employee.findFirstOrThrow({ where: { unitId: a.id, active: true }, orderBy: { id: "asc" }, select: { id: true } });
  const measure = await db.measure.findFirstOrThrow({ where: { number: 1, area: { number: 1 }, retiredAt: null }, select: { id: true } });
  const closedYear = 2001;
  await db.fiscalYear.create({ data: { year: closedYear, status: "CLOSED", closedAt: new Date(Date.UTC(2002, 3, 1)) } });
  return {
    fy: fiscalYearOf(today),
    today,
    todayIso: toIsoDate(today),
    k: await unit("B02-D01-S02-U01", "企画係"),
    j: await unit("B02-D01-S02-U02", "事業係"),
    kSection: await unit("B02-D01-S02", "障害企画課"),
    kDepartment: await unit("B02-D01", "健康福祉部"),
    healthBureau: await unit("B02", "健康福祉局"),
    hrUnit: await unit("B01-D02-S01-U02", "人材育成係"),
    gs: await unit("B01-D02-S01-U01", "人事係"),
    gsSection: await unit("B01-D02-S01", "人事課"),
    generalBureau: await unit("B01", "総務局"),
    a,
    aSection: await unit("B03-D02-S01", "道路課"),
    aobaBureau: await unit("B03", "青葉区"),
    measureId: measure.id,
    trainerId: trainer.id,
    closedYear,
    yesterday: new Date(toDateColumn(today).getTime() - 86_400_000),
  };
}
