import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { commitmentMeasureLabel } from "@/components/plans/commitment-card";
import { CommitmentStatusBadge } from "@/components/plans/status-badge";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { UnitName } from "@/components/ui/unit-name";
import type { ReviewRow } from "@/lib/year/commitments/find-commitments-for-review";
import type { Locale } from "@/lib/platform/i18n/locales";
import { trailText } from "@/lib/people/org/unit-trail";
import { timestampFormat } from "@/lib/platform/dates/format";

const dateFormat = (locale: Locale) => timestampFormat(locale, "date");

/** Each cell's class: the unit, the measure, the state, the date kept whole, the progress aligned right. */
const CLASSES = [undefined, undefined, undefined, "whitespace-nowrap", "num"];

/**
 * Unit-owned commitments for a reviewer: whose, what, which measure, state, when submitted and
 * the last recorded progress. Each title opens the commitment, where the review happens.
 */
export async function CommitmentReviewTable({ caption, rows, locale }: { caption: string; rows: ReviewRow[]; locale: Locale }) {
  const t = await getTranslations("teamCommitments.review");
  const format = dateFormat(locale);
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          <Th>{t("unit")}</Th>
          <Th>{t("commitment")}</Th>
          <Th>{t("measure")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("submittedAt")}</Th>
          <Th numeric>{t("progress")}</Th>
        </tr>
      </thead>
      {/* The unit by its trail (「第一係」 alone is one of dozens in a bureau), before the title. */}
      <TableRows
        headAt={1}
        classes={CLASSES}
        rows={rows.map((row) => ({
          key: row.id,
          head: (
            <Th scope="row">
              <Link href={`/commitments/${row.id}`} aria-label={t("open", { unit: row.ownerUnit ? trailText(row.ownerUnit.trail) : "", title: row.title })}>
                {row.title}
              </Link>
            </Th>
          ),
          cells: [
            row.ownerUnit ? <UnitName key="unit" trail={row.ownerUnit.trail} /> : "—",
            commitmentMeasureLabel(row),
            <CommitmentStatusBadge key="status" status={row.status} />,
            row.submittedAt ? format.format(row.submittedAt) : "—",
            `${row.progressPercent}%`,
          ],
        }))}
      />
    </Table>
  );
}
