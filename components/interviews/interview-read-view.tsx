import { getTranslations } from "next-intl/server";
import { DescriptionList } from "@/components/ui/description-list";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { InterviewDetail } from "@/lib/year/interviews/get-interview";
import type { InterviewView } from "@/lib/year/interviews/interview-view";
import { trailText } from "@/lib/people/org/unit-trail";

/**
 * What was said in an interview. The private notes appear only when the data holds them,
 * which get-interview arranges for those allowed to read them; they are set apart and labelled
 * so that a supervisor never mistakes them for what the employee sees.
 */
export async function InterviewReadView({
  interview,
  locale,
  withPeople = true,
}: {
  interview: InterviewView | InterviewDetail;
  locale: Locale;
  withPeople?: boolean;
}) {
  const t = await getTranslations("interviews");
  // On the employee's own list the card's heading already says who, when and which kind.
  const people: [string, string][] = withPeople
    ? [
        [t("detail.employee"), `${interview.employee.name}（${trailText(interview.employee.unitTrail)}・${interview.employee.rank}）`],
        [t("detail.interviewer"), `${interview.interviewer.name}（${interview.interviewer.rank}）`],
        [t("detail.heldOn"), formatDate(interview.heldOn, locale)],
        [t("detail.kind"), t(`kinds.${interview.kind}`)],
      ]
    : [[t("detail.interviewer"), interview.interviewer.name]];
  const rows: [string, string][] = [
    ...people,
    [t("detail.agenda"), interview.agenda],
    [t("detail.sharedNotes"), interview.sharedNotes],
    [t("detail.agreedActions"), interview.agreedActions],
  ];
  const privateNotes = "privateNotes" in interview ? interview.privateNotes : undefined;
  return (
    <div className="flex flex-col gap-4">
      <DescriptionList rows={rows.map(([term, value]) => [term, value || t("none")])} />
      {privateNotes !== undefined ? (
        <section aria-labelledby={`private-${interview.id}`} className="rounded-8 border-2 border-dashed border-solid-gray-536 bg-solid-gray-50 p-4">
          <h3 id={`private-${interview.id}`} className="text-std-16B-170 text-solid-gray-900">
            {t("detail.privateNotes")}
          </h3>
          <p className="mb-2 text-dns-14N-130 text-solid-gray-700">{t("detail.privateNotesNote")}</p>
          <p className="text-std-16N-170 whitespace-pre-line">{privateNotes || t("none")}</p>
        </section>
      ) : null}
    </div>
  );
}
