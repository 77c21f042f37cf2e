import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { CareerInterviewHeld } from "@/lib/records/find-career-interviews-held";

/** Read-only, one card per interview: its notes are prose, which a table cell squeezes. */
export async function CareerInterviewsHeld({
  interviews,
  fiscalYearLabel,
  locale,
}: {
  interviews: CareerInterviewHeld[];
  fiscalYearLabel: string;
  locale: Locale;
}) {
  const [t, ti] = await Promise.all([getTranslations("records.interviews"), getTranslations("interviews.mine")]);
  if (interviews.length === 0) return <p className="text-std-16N-170">{t("empty", { fiscalYear: fiscalYearLabel })}</p>;
  return (
    <ol className="flex flex-col gap-4">
      {interviews.map((interview) => {
        const rows: [string, string][] = [
          [t("interviewer"), interview.interviewerName],
          [t("agenda"), interview.agenda],
          [t("sharedNotes"), interview.sharedNotes],
          [t("agreedActions"), interview.agreedActions],
        ];
        return (
          <li key={interview.id}>
            <article aria-labelledby={`interview-${interview.id}`} className="rounded-8 border border-solid-gray-420 p-4">
              <h3 id={`interview-${interview.id}`} className="mb-3 flex flex-wrap items-center gap-3 text-std-17B-170">
                {formatDate(interview.heldOn, locale)}
                <Badge tone="info">{t(`kinds.${interview.kind}`)}</Badge>
              </h3>
              <DescriptionList rows={rows.map(([term, value]) => [term, value || t("none")])} />
              <p className="mt-3 print-hidden">
                <Link href={`/interviews/${interview.id}`}>{ti("openFromRecords")}</Link>
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
