import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadCityDataset } from "@/prisma/dataset/load-city-dataset";
import type { LeftOut } from "@/prisma/dataset/organisation";
import { ORG_CHART } from "./demo-org-chart";
import { seedDemoData } from "./index";

/**
 * The first `npm start`'s data: a small generated city (prisma/dataset, a few hundred staff
 * with their years from FY2021 up to today) and the demo accounts with their tasks beside it,
 * so that every dashboard, chart, trend and report of the HR division shows figures from the
 * first look, where the demo alone (about seventy people with one year's records among a few
 * of them) showed 0 % in every bureau.
 */

/**
 * Share of the full city (15,000 staff): about 600 people, some thirty per bureau or ward. At
 * 0.03 (450) two bureaus had too few young staff to show their OJT figures (small-groups.ts).
 */
export const LIVING_DEMO_SCALE = 0.04;
const LIVING_DEMO_SEED = 1;
/**
 * The city's staff numbers run from here within each year joined: the demo's own generated
 * staff number below 100, so the two never share one.
 */
const CITY_FIRST_STAFF_SEQUENCE = 5001;

/**
 * What the demo's organisation holds, which the city leaves to it: its 部 in each of its three
 * bureaus and its 課 anywhere in them, so that 健康福祉局 has one 障害企画課 and one 健康福祉部.
 * The bureaus themselves are shared (the demo joins them, demo-organisation.ts).
 */
export function demoChartParts(): LeftOut[] {
  return ORG_CHART.flatMap((bureau) => [
    ...bureau.departments.map((department) => ({ bureau: bureau.name, department: department.name })),
    ...bureau.departments.flatMap((department) => department.sections.map((section) => ({ bureau: bureau.name, section: section.name }))),
  ]);
}

/**
 * Loads the living demo into the database at `databaseUrl` (which `db` is connected to) unless
 * it holds one already or holds anything else: a database with people or a policy and no
 * generated city beside the demo is kept as it is. A start interrupted between the city and
 * the demo finishes the demo at the next start. `today`: the day both run up to, today in Tokyo
 * unless a test fixes it (early April, when the new year has barely begun, is not December).
 */
export async function seedLivingDemo(
  databaseUrl: string,
  db: PrismaClient,
  options: { log?: (line: string) => void; today?: CalendarDate } = {},
): Promise<{ seeded: boolean }> {
  const log = options.log ?? (() => undefined);
  if ((await db.auditLog.count({ where: { action: "seed.demo" } })) > 0) return { seeded: false };
  const cityBeside = await db.auditLog.count({ where: { action: "seed.city-dataset", detail: { path: ["beside"], equals: true } } });
  if (cityBeside === 0) {
    if ((await db.policy.count()) > 0 || (await db.employee.count()) > 0) return { seeded: false };
    await loadCityDataset(databaseUrl, {
      seed: LIVING_DEMO_SEED,
      scale: LIVING_DEMO_SCALE,
      beside: { leaveOut: demoChartParts(), firstStaffSequence: CITY_FIRST_STAFF_SEQUENCE },
      today: options.today,
      log: (line) => log(`city ${line}`),
    });
  }
  return seedDemoData(db, { besideCity: true, today: options.today });
}
