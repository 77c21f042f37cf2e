import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { commitmentMeasureLabel } from "@/components/plans/commitment-card";
import { CommitmentStatusBadge } from "@/components/plans/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import type { ReviewRow } from "@/lib/year/commitments/find-commitments-for-review";
import type { Locale } from "@/lib/platform/i18n/locales";
import { trailText } from "@/lib/people/org/unit-trail";
import { timestampFormat } from "@/lib/platform/dates/format";

const dateFormat = (locale: Locale) => timestampFormat(locale, "date");

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
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {/* The unit by its trail: 「第一係」 alone is one of dozens in a bureau. */}
            <Td>{row.ownerUnit ? <UnitName trail={row.ownerUnit.trail} /> : "—"}</Td>
            <Th scope="row">
              <Link href={`/commitments/${row.id}`} aria-label={t("open", { unit: row.ownerUnit ? trailText(row.ownerUnit.trail) : "", title: row.title })}>
                {row.title}
              </Link>
            </Th>
            <Td>{commitmentMeasureLabel(row)}</Td>
            <Td>
              <CommitmentStatusBadge status={row.status} />
            </Td>
            <Td nowrap>{row.submittedAt ? format.format(row.submittedAt) : "—"}</Td>
            <Td numeric>{row.progressPercent}%</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
