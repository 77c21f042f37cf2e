import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamInterviewRow } from "@/lib/interviews/find-team-interviews";
import { sharedBureau } from "@/lib/org/unit-trail";

/** One row per member: how often and when they were interviewed, and a way to record the next. */
export async function TeamInterviewsTable({ rows, caption, locale, canRecord }: { rows: TeamInterviewRow[]; caption: string; locale: Locale; canRecord: boolean }) {
  const t = await getTranslations("interviews");
  const bureau = sharedBureau(rows.map((row) => row.unitTrail));
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("team.member")}</Th>
          <Th>{t("team.unit")}</Th>
          <Th numeric>{t("team.count")}</Th>
          <Th>{t("team.lastHeldOn")}</Th>
          <Th>{t("team.interviews")}</Th>
          <Th numeric>{t("team.pending")}</Th>
          {canRecord ? <Th>{t("team.record")}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.employeeId}>
            <Td>
              {row.name}
              <span className="cell-note">
                {row.nameKana}・{row.rank}
              </span>
            </Td>
            <Td>
              <UnitName trail={row.unitTrail} bureau={bureau} />
            </Td>
            <Td numeric>{row.count === 0 ? <Badge tone="warning">{t("team.notYet")}</Badge> : t("team.countValue", { count: row.count })}</Td>
            <Td nowrap>{row.lastHeldOn ? formatDate(row.lastHeldOn, locale) : t("none")}</Td>
            <Td>
              {row.interviews.length === 0 ? (
                t("none")
              ) : (
                <ul className="flex flex-col gap-1">
                  {row.interviews.map((interview) => (
                    <li key={interview.id}>
                      <Link href={`/interviews/${interview.id}`}>{t("team.open", { date: formatDate(interview.heldOn, locale), kind: t(`kindsShort.${interview.kind}`) })}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
            <Td numeric>{row.pendingActions === 0 ? t("none") : t("team.pendingValue", { count: row.pendingActions })}</Td>
            {canRecord ? (
              <Td>
                {/* Only a supervisor above the member holds their interview: none for a co-supervisor. */}
                {row.canHold ? (
                  <Link href={`/team/interviews/new?employee=${row.employeeId}`} className="row-action">
                    {t("team.record")}
                    <span className="sr-only">{t("team.recordFor", { name: row.name })}</span>
                  </Link>
                ) : null}
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
