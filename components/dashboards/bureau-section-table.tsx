import type { Route } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ColumnChooser } from "@/components/data-table/column-chooser";
import { type DataColumn, DataTable, type RowLevel } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { type AttentionRule, flagOfAttentionRule } from "@/lib/insight/dashboards/attention-rules";
import type { DepartmentFigureRow } from "@/lib/insight/dashboards/bureau-departments";
import type { BureauTotalRow, SectionFigureRow } from "@/lib/insight/dashboards/section-figures";
import { BUREAU_COLUMNS, BUREAU_SORTS, type BureauColumn, type BureauSort, type RolledUpDepartment } from "@/lib/insight/dashboards/section-rollup";
import { formatCount, formatTenths } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";
import { isOpen, nextDirection, type TableView, toggled } from "@/lib/platform/paging/table-view";
import { RateCell } from "./rate-cell";

type Row = BureauTotalRow & { id: number; name: string; needsAttention?: boolean; attention?: AttentionRule[]; sections?: number; flagged?: number };

/**
 * The bureau's figures as its roll-up, 局 › 部/署 › 課/所: each 部 or 署 a row of its own that
 * opens onto its 課, the bureau's total at the foot; sorted, chosen and opened through the URL
 * (`href` writes a view back as an address). Each count sits with its share, or with its amount
 * per member or per 100 staff (the header says which); the export carries the same numbers in
 * separate columns.
 */
export async function BureauSectionTable({
  caption,
  groups,
  total,
  fiscalYear,
  view,
  href,
  keep,
  locale,
}: {
  caption: string;
  groups: RolledUpDepartment<DepartmentFigureRow, SectionFigureRow>[];
  total: BureauTotalRow;
  fiscalYear: number;
  view: TableView<BureauSort, BureauColumn>;
  href: (view: TableView<BureauSort, BureauColumn>) => Route;
  /** the page's own parameters, for the column form */
  keep: Record<string, string>;
  locale: Locale;
}) {
  const [t, tt, rule] = await Promise.all([getTranslations("bureauDashboard"), getTranslations("dataTable"), getTranslations("attentionRules")]);
  const na = t("notApplicable");
  const count = (value: number) => formatCount(value, locale);
  const rate = (n: number, share: number | null) => <RateCell count={n} rate={share} notApplicable={na} />;
  // Sections differ tenfold in size: hours and commitments sit beside their amount per member or per 100 staff.
  const perStaff = (n: number, scaled: number | null) => (
    <span className="rate-cell">
      {count(n)}
      <span className="rate-figure text-solid-gray-700">{scaled === null ? na : formatTenths(scaled, locale)}</span>
    </span>
  );
  const cells: Record<BureauColumn, (row: Row) => ReactNode> = {
    members: (row) => count(row.members),
    submitted: (row) => rate(row.plansSubmitted, row.submissionRate),
    approved: (row) => rate(row.plansApproved, row.approvalRate),
    young: (row) => count(row.young),
    ojt: (row) => rate(row.youngWithOjt, row.ojtCoverage),
    training: (row) => rate(row.trainingParticipants, row.participationRate),
    trainingHours: (row) => perStaff(row.trainingHours, row.trainingHoursPerMember),
    interviews: (row) => rate(row.interviewed, row.interviewRate),
    planned: (row) => perStaff(row.commitmentsPlanned, row.commitmentsPlannedPer100),
    inProgress: (row) => perStaff(row.commitmentsInProgress, row.commitmentsInProgressPer100),
    done: (row) => perStaff(row.commitmentsDone, row.commitmentsDonePer100),
  };
  const label = (key: BureauColumn) => tt(`bureau.${key}`);
  const columns: DataColumn<Row>[] = view.columns.map((key) => ({ key, label: label(key), numeric: true, cell: cells[key] }));
  const every = groups.map((group) => group.department.id);
  const header = (row: Row, level: RowLevel) => {
    if (level === "total") return t("total");
    if (level === "group")
      return (
        <>
          {row.name}
          <span className="font-normal">{tt("sectionCount", { count: row.sections ?? 0 })}</span>
          {row.flagged ? (
            <span className="ml-2 font-normal">
              <Badge tone="warning">{tt("flagged", { label: t("attention"), count: row.flagged })}</Badge>
            </span>
          ) : null}
        </>
      );
    return (
      <>
        <Link href={`/bureau/sections/${row.id}?fy=${fiscalYear}`}>{row.name}</Link>
        {row.needsAttention ? (
          // The flag says which of the HR division's rules fired, in words beside it.
          <span className="cell-note font-normal">
            <Badge tone="warning">{t("attention")}</Badge>{" "}
            {(row.attention ?? []).map((fired, i) => (
              <span key={fired.id} className="whitespace-nowrap">
                {i > 0 ? "・" : ""}
                {flagOfAttentionRule(fired, rule)}
              </span>
            ))}
          </span>
        ) : null}
      </>
    );
  };
  return (
    <>
      <nav aria-label={tt("viewLabel")} className="print-hidden mb-2 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href={href({ ...view, open: "all" })}>{tt("openAll")}</Link>
        <Link href={href({ ...view, open: new Set<number>() })}>{tt("closeAll")}</Link>
        {view.sort ? <Link href={href({ ...view, sort: null, dir: "asc" })}>{tt("bureau.defaultOrder")}</Link> : null}
      </nav>
      <ColumnChooser action="/bureau" keep={keep} columns={BUREAU_COLUMNS.map((key) => ({ key, label: label(key) }))} chosen={view.columns} />
      <DataTable<Row>
        caption={caption}
        rowHeader={{ key: "name", label: tt("bureau.name"), cell: header }}
        columns={columns}
        groups={groups.map(({ department, sections }) => ({
          key: department.id,
          row: { ...department, sections: department.sectionIds.length, flagged: sections.filter((section) => section.needsAttention).length },
          children: sections,
          open: isOpen(view.open, department.id),
          toggleHref: href({ ...view, open: toggled(view.open, department.id, every) }),
        }))}
        total={{ ...total, id: 0, name: "" }}
        sort={{
          key: view.sort,
          dir: view.dir,
          href: (key) => href({ ...view, sort: BUREAU_SORTS.find((known) => known === key) ?? null, dir: nextDirection(view, key) }),
        }}
      />
    </>
  );
}
