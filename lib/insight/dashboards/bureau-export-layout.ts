import { createTranslator } from "next-intl";
import { formatFiscalYearJa } from "@/lib/platform/dates/era";
import type { Cell, ExportTable } from "@/lib/platform/exports/csv";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { describeAttentionRule } from "./attention-rules";
import type { BureauSectionFigures, SectionMemberFigures } from "./bureau-figures";
import type { BureauMeasureFigures } from "./bureau-measure-figures";
import { type BureauTotalRow, TOTAL_FIGURES } from "./section-figures";

/**
 * The bureau dashboard's tables as exports: the page's rows in the page's order, with the
 * counts and their shares or amounts per staff (sections differ in size) split into their own columns and Japanese headers whatever the reader's UI
 * language (the files go to other staff and to Excel). Pure, so tests read them without a server.
 */
const t = createTranslator({ locale: "ja", messages: ja, namespace: "bureauDashboard" });
const rule = createTranslator({ locale: "ja", messages: ja, namespace: "attentionRules" });
const planStatus = createTranslator({ locale: "ja", messages: ja, namespace: "plans.status" });

export function sectionsExportTable(figures: BureauSectionFigures): ExportTable {
  const year = formatFiscalYearJa(figures.fiscalYear);
  const figuresOf = (row: BureauTotalRow): Cell[] => TOTAL_FIGURES.map((key) => row[key]);
  return {
    title: t("files.sections", { bureau: figures.bureau.name, year }),
    header: [t("columns.section"), t("columns.department"), ...TOTAL_FIGURES.map((key) => t(`columns.${key}`)), t("attention")],
    rows: [
      ...figures.sections.map((row) => [
        row.name,
        row.departmentName,
        ...figuresOf(row),
        row.needsAttention ? row.attention.map((fired) => describeAttentionRule(fired, rule)).join("、") : null,
      ]),
      [t("total"), null, ...figuresOf(figures.total), null],
    ],
  };
}

export function membersExportTable(figures: SectionMemberFigures): ExportTable {
  const year = formatFiscalYearJa(figures.fiscalYear);
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  return {
    title: t("files.members", { section: figures.section.name, year }),
    header: [
      t("columns.name"),
      t("columns.unit"),
      t("columns.rank"),
      t("columns.planStatus"),
      t("columns.commitmentsDone"),
      t("columns.commitmentsInProgress"),
      t("columns.commitmentsPlanned"),
      t("columns.trainings"),
      t("columns.trainingHours"),
      t("columns.interviews"),
      t("columns.youngStaff"),
      t("columns.ojt"),
    ],
    rows: figures.members.map((row) => [
      row.name,
      row.unitName,
      row.rank,
      planStatus(row.planStatus ?? "NONE"),
      row.commitmentsDone,
      row.commitmentsInProgress,
      row.commitmentsPlanned,
      row.trainings,
      row.trainingHours,
      row.interviews,
      yesNo(row.young),
      // OJT is a young-staff matter: for others a dash, as on the page, rather than "no".
      row.young ? yesNo(row.hasOjt) : t("notApplicable"),
    ]),
  };
}

export function measuresExportTable(figures: BureauMeasureFigures): ExportTable {
  const year = formatFiscalYearJa(figures.fiscalYear);
  return {
    title: t("files.measures", { bureau: figures.bureau.name, year }),
    header: [
      t("columns.area"),
      t("columns.measure"),
      t("columns.commitmentsPlanned"),
      t("columns.commitmentsInProgress"),
      t("columns.commitmentsDone"),
      t("columns.teamPlanned"),
      t("columns.teamInProgress"),
      t("columns.teamDone"),
    ],
    rows: figures.measures.map((row) => [
      row.areaLabel,
      row.label,
      row.individualPlanned,
      row.individualInProgress,
      row.individualDone,
      row.teamPlanned,
      row.teamInProgress,
      row.teamDone,
    ]),
  };
}
