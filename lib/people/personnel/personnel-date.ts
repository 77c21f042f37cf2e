import { type CalendarDate, compareDates, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { ERAS } from "@/lib/platform/dates/era";

/**
 * Dates as the personnel system and the clerks who edit its exports write them: 和暦
 * (令和8年4月1日, 令和元年5月1日, R8.4.1, R08/04/01, H31.4.30) or 西暦 (2026/4/1, 2026-04-01,
 * 2026.4.1, 2026年4月1日), in full-width digits too. Pure, so every form is unit-tested.
 */

/** Why a date cell is refused; the import's message catalogue has a sentence for each. */
export type DateProblem = "malformedDate" | "outsideEra";

export type ParsedPersonnelDate = { ok: true; date: string } | { ok: false; reason: DateProblem };

const SEPARATED = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const KANJI = /^(\d{1,4})年(\d{1,2})月(\d{1,2})日$/;
const ERA_NAMES = new Map<string, (typeof ERAS)[number]>(
  ERAS.flatMap((era) => [
    [era.name, era],
    [era.letter, era],
  ]),
);

function realDate(year: number, month: number, day: number): CalendarDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** 「8年4月1日」 or 「8.4.1」 (any one separator), the year as digits or 元 (first year). */
function splitYearMonthDay(rest: string): [number, number, number] | null {
  const text = rest.replace(/^元(?=[年\-/.])/, "1");
  const match = KANJI.exec(text) ?? SEPARATED.exec(text);
  if (!match) return null;
  const [year, month, day] = (match.length === 4 ? [match[1], match[2], match[3]] : [match[1], match[3], match[4]]).map(Number);
  return year === undefined || month === undefined || day === undefined ? null : [year, month, day];
}

/**
 * The day a cell names, as "yyyy-mm-dd". NFKC folds full-width digits, letters and separators
 * (and the one-character era signs ㋿ ㍻ ㍼) to their plain forms first; spaces are ignored. An
 * era date must fall within its era: 平成31年5月1日 does not exist (that day is 令和元年5月1日),
 * nor does 令和1年4月30日, and saying so is clearer than "malformed".
 */
export function parsePersonnelDate(cell: string): ParsedPersonnelDate {
  const text = cell.normalize("NFKC").replace(/\s/g, "").toUpperCase();
  const era = ERA_NAMES.get(text.slice(0, 2)) ?? ERA_NAMES.get(text.slice(0, 1));
  if (era) {
    const parts = splitYearMonthDay(text.slice(text.startsWith(era.name) ? era.name.length : 1));
    if (!parts || parts[0] < 1) return { ok: false, reason: "malformedDate" };
    const date = realDate(era.start.year + parts[0] - 1, parts[1], parts[2]);
    if (!date) return { ok: false, reason: "malformedDate" };
    const next = ERAS[ERAS.indexOf(era) - 1];
    if (compareDates(date, era.start) < 0 || (next && compareDates(date, next.start) >= 0)) return { ok: false, reason: "outsideEra" };
    return { ok: true, date: toIsoDate(date) };
  }
  const parts = splitYearMonthDay(text);
  // A Western year is written in full: 26/4/1 could be 2026 or 令和26年.
  if (!parts || !/^\d{4}/.test(text)) return { ok: false, reason: "malformedDate" };
  const date = realDate(...parts);
  return date ? { ok: true, date: toIsoDate(date) } : { ok: false, reason: "malformedDate" };
}
