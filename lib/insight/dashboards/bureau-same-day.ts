import "server-only";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { chooseBureau } from "./bureau-scope";
import { bureauSectionsPopulationSql, previousYearOnSameDay, type YearOnDay } from "./same-day";

/**
 * The bureau dashboard's yardstick for an unfinished year: the bureau's sections a year ago on
 * the same day (same-day.ts), counted over the same people as the table's total (the sections'
 * staff), so the two figures differ only by the day. Null for a finished year. A bureau the
 * coordinator does not coordinate answers NOT_FOUND, as the dashboard does.
 */
export async function getBureauPreviousYearOnSameDay(
  actor: Actor,
  options: { fiscalYear: number; bureauId?: number; today?: CalendarDate },
): Promise<YearOnDay | null> {
  const { bureau } = await chooseBureau(actor, options.bureauId);
  const today = options.today ?? tokyoDate();
  // The same for every coordinator of the bureau: shared for a short time (lib/insight/figure-cache/shared-figures.ts).
  return sharedFigures("bureau.previousOnSameDay", { bureau: bureau.path, fiscalYear: options.fiscalYear, today }, () =>
    previousYearOnSameDay(bureauSectionsPopulationSql(bureau.path), { fiscalYear: options.fiscalYear, today }),
  );
}
