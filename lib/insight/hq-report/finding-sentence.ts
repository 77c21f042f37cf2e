import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { ComparedFigure, Finding } from "./report-rules";

/** The `hqReport.findings` messages a finding is told with. */
export type FindingMessageKey = Finding["kind"] | `figures.${ComparedFigure}`;

/** A translator of those messages, whichever way it was made (the page's or the file's). */
export type FindingsTranslator = (key: FindingMessageKey, values?: Record<string, string | number>) => string;

/** A finding as the sentence the report prints, on paper and in the workbook alike. */
export function findingSentence(t: FindingsTranslator, finding: Finding, locale: Locale): string {
  switch (finding.kind) {
    case "measureWithoutCommitment":
    case "measureAtEveryLevel":
      return t(finding.kind, { measure: finding.measure });
    case "bureauBelowCity":
    case "bureauAboveCity":
      return t(finding.kind, { bureau: finding.bureau, figure: t(`figures.${finding.figure}`), value: finding.value, city: finding.city });
    case "cityCommitmentOverdue":
      return t(finding.kind, { title: finding.title, dueOn: formatDate(finding.dueOn satisfies CalendarDate, locale) });
    case "cityCommitmentDone":
      return t(finding.kind, { title: finding.title });
  }
}
