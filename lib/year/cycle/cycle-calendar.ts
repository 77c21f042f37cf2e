import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";
import { compareDates, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { db } from "@/lib/platform/db/client";
import { conflict, invalidInput } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/records/parse-input";
import { bureauDeadlineSchema, calendarTarget, cycleCalendarSchema } from "./cycle-schemas";
import { type CycleCalendarRow, windowsOf } from "./cycle-steps";

const CALENDAR_SELECT = {
  fiscalYear: true,
  planStartsOn: true,
  planEndsOn: true,
  midYearStartsOn: true,
  midYearEndsOn: true,
  reflectionStartsOn: true,
  reflectionEndsOn: true,
  version: true,
} as const satisfies Prisma.CycleCalendarSelect;

/** The six dates of a calendar row as yyyy-mm-dd, for the audit trail. */
function calendarDates(row: Omit<CycleCalendarRow, "fiscalYear" | "version">): Record<string, string> {
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return {
    planStartsOn: iso(row.planStartsOn),
    planEndsOn: iso(row.planEndsOn),
    midYearStartsOn: iso(row.midYearStartsOn),
    midYearEndsOn: iso(row.midYearEndsOn),
    reflectionStartsOn: iso(row.reflectionStartsOn),
    reflectionEndsOn: iso(row.reflectionEndsOn),
  };
}

/** The year's windows are the HR division's to set; to anyone else the page does not exist. */
export function assertCycleAdmin(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "cycle calendar");
}

/** The city's calendar of a fiscal year (null before it is set), its bureau dates and the bureaus, for the HR division's page. */
export async function findCycleCalendar(actor: Actor, fiscalYear: number) {
  assertCycleAdmin(actor);
  const [calendar, deadlines, bureaus] = await Promise.all([
    db.cycleCalendar.findUnique({ where: { fiscalYear }, select: CALENDAR_SELECT }),
    db.cycleBureauDeadline.findMany({
      where: { fiscalYear },
      select: { bureauId: true, step: true, endsOn: true },
      orderBy: [{ bureauId: "asc" }, { step: "asc" }],
    }),
    db.orgUnit.findMany({ where: { kind: "BUREAU", retiredAt: null }, select: { id: true, name: true }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  return { calendar, deadlines, bureaus };
}

/**
 * The HR division sets the city's three windows of a year (validated by cycleCalendarSchema),
 * audited, guarded by the version the officer loaded (0: they saw none yet), so a colleague's
 * change is never silently overwritten.
 */
export async function saveCycleCalendar(actor: Actor, input: unknown): Promise<{ version: number }> {
  assertCycleAdmin(actor);
  const data = parseInput(cycleCalendarSchema, input);
  const { version } = parseInput(calendarTarget, input);
  const dates = {
    planStartsOn: toDateColumn(parseIsoDate(data.planStartsOn)),
    planEndsOn: toDateColumn(parseIsoDate(data.planEndsOn)),
    midYearStartsOn: toDateColumn(parseIsoDate(data.midYearStartsOn)),
    midYearEndsOn: toDateColumn(parseIsoDate(data.midYearEndsOn)),
    reflectionStartsOn: toDateColumn(parseIsoDate(data.reflectionStartsOn)),
    reflectionEndsOn: toDateColumn(parseIsoDate(data.reflectionEndsOn)),
  };
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`cycle-calendar:${data.fiscalYear}`}, 0))`;
    const before = await tx.cycleCalendar.findUnique({ where: { fiscalYear: data.fiscalYear }, select: CALENDAR_SELECT });
    if ((before?.version ?? 0) !== version) throw conflict("cycle calendar");
    const saved = before
      ? await tx.cycleCalendar.update({
          where: { fiscalYear: data.fiscalYear },
          data: { ...dates, updatedById: actor.employeeId, version: { increment: 1 } },
          select: { version: true },
        })
      : await tx.cycleCalendar.create({ data: { fiscalYear: data.fiscalYear, ...dates, updatedById: actor.employeeId }, select: { version: true } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "cycle.calendar.update",
      entity: "cycle_calendar",
      entityId: data.fiscalYear,
      detail: { before: before ? calendarDates(before) : null, after: data },
    });
    return saved;
  });
}

/**
 * A bureau's own end date for one step (empty: back to the city's), inside the fiscal year and
 * not before the step's window opens. Guarded by the calendar's version, which it bumps.
 */
export async function setBureauDeadline(actor: Actor, input: unknown): Promise<void> {
  assertCycleAdmin(actor);
  const data = parseInput(bureauDeadlineSchema, input);
  const { version } = parseInput(calendarTarget, input);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`cycle-calendar:${data.fiscalYear}`}, 0))`;
    const calendar = await tx.cycleCalendar.findUnique({ where: { fiscalYear: data.fiscalYear }, select: CALENDAR_SELECT });
    if (!calendar) throw invalidInput("endsOn", "calendarFirst");
    if (calendar.version !== version) throw conflict("cycle calendar");
    const bureau = await tx.orgUnit.findFirst({ where: { id: data.bureauId, kind: "BUREAU", retiredAt: null }, select: { id: true } });
    if (!bureau) throw invalidInput("bureauId", "invalid");
    const window = windowsOf(calendar).find((candidate) => candidate.step === data.step);
    const key = { fiscalYear_bureauId_step: { fiscalYear: data.fiscalYear, bureauId: data.bureauId, step: data.step } };
    const before = await tx.cycleBureauDeadline.findUnique({ where: key, select: { endsOn: true } });
    if (data.endsOn === undefined) {
      if (before) await tx.cycleBureauDeadline.delete({ where: key });
    } else {
      const endsOn = parseIsoDate(data.endsOn);
      if (!isWithinFiscalYear(endsOn, data.fiscalYear)) throw invalidInput("endsOn", "outsideFiscalYear", { fiscalYear: data.fiscalYear });
      if (window && compareDates(endsOn, window.startsOn) < 0) throw invalidInput("endsOn", "beforeWindowOpens");
      await tx.cycleBureauDeadline.upsert({
        where: key,
        create: { ...key.fiscalYear_bureauId_step, endsOn: toDateColumn(endsOn) },
        update: { endsOn: toDateColumn(endsOn) },
      });
    }
    await tx.cycleCalendar.update({ where: { fiscalYear: data.fiscalYear }, data: { version: { increment: 1 }, updatedById: actor.employeeId } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "cycle.bureau-deadline.update",
      entity: "cycle_bureau_deadline",
      entityId: `${data.fiscalYear}:${data.bureauId}:${data.step}`,
      detail: { before: before?.endsOn.toISOString().slice(0, 10) ?? null, after: data.endsOn ?? null },
    });
  });
}
