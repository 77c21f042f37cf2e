import { createTranslator } from "next-intl";
import type { DocumentBlock, DocumentCell, DocumentSheet, ExportDocument } from "@/lib/platform/exports/export-document";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import type { CommitmentLevel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/platform/i18n/locales";
import ja from "@/lib/platform/i18n/messages/ja.json";
import type { HqReport } from "./get-hq-report";
import { findingSentence, type FindingsTranslator } from "./finding-sentence";
import type { Finding } from "./report-rules";

/**
 * The headquarters report as a document the meeting papers take: the printed page's sections,
 * headings, tables and sentences, in its order and words (the `hqReport` messages the page
 * prints), with the numbers kept as numbers. Pure, for tests; lib/platform/exports/xlsx.ts writes it.
 */

const t = createTranslator({ locale: "ja", messages: ja, namespace: "hqReport" });
const ts = createTranslator({ locale: "ja", messages: ja, namespace: "commitments.status" });
const findingsT = createTranslator({ locale: "ja", messages: ja, namespace: "hqReport.findings" });
const tf: FindingsTranslator = (key, values) => findingsT(key, values);

const CITY_COLUMNS = ["measure", "commitment", "target", "actual", "progress", "status", "dueOn"] as const;
const BUREAU_COLUMNS = ["bureau", "members", "approvalRate", "ojtCoverage", "hoursPerMember", "interviewRate"] as const;

export const REPORT_LEVELS: readonly CommitmentLevel[] = ["INDIVIDUAL", "TEAM", "BUREAU", "CITY"];

const count = (value: number | null): DocumentCell => ({ value, kind: "count" });
const percent = (value: number | null): DocumentCell => ({ value, kind: "percent" });

/** `dates`: 和暦 (ja) unless the reader chose the Western calendar (ja-u-ca-gregory). */
export function hqReportDocument(report: HqReport, dates: Locale = "ja"): ExportDocument {
  const year = formatFiscalYear(report.fiscalYear, dates);
  const plan = report.promotionPlan
    ? t("promotionPlanValue", {
        phase: report.promotionPlan.phase,
        name: report.promotionPlan.name,
        from: formatFiscalYear(report.promotionPlan.startFiscalYear, dates),
        to: formatFiscalYear(report.promotionPlan.endFiscalYear, dates),
      })
    : t("noPromotionPlan");
  const cover: DocumentSheet = {
    name: t("coverSheet"),
    blocks: [
      { kind: "title", text: t("title") },
      {
        kind: "fields",
        rows: [
          [t("fiscalYear"), year],
          [t("promotionPlan"), plan],
          [t("issuedOn"), formatDate(report.issuedOn, dates)],
        ],
      },
    ],
  };

  const measures: DocumentBlock[] = [
    { kind: "heading", level: 2, text: t("measures.title") },
    { kind: "paragraph", text: t("measures.lead") },
  ];
  for (const area of report.areas) {
    measures.push({ kind: "heading", level: 3, text: `（${area.number}）${area.name}` });
    measures.push({
      kind: "table",
      caption: t("measures.caption", { area: area.number, name: area.name }),
      // Each level over its commitments and those done, as the page's two header rows.
      header: [
        [{ text: t("measures.measure"), rowSpan: 2 }, ...REPORT_LEVELS.map((level) => ({ text: t(`measures.levels.${level}`), colSpan: 2 }))],
        REPORT_LEVELS.flatMap(() => [{ text: t("measures.planned") }, { text: t("measures.done") }]),
      ],
      rows: area.measures.map((m) => [
        `${m.label}${m.retired ? t("measures.retired") : ""}`,
        ...REPORT_LEVELS.flatMap((level) => [count(m.levels[level].planned), count(m.levels[level].done)]),
      ]),
    });
    const city = area.measures.flatMap((measure) => measure.cityCommitments.map((commitment) => ({ measure, commitment })));
    if (city.length === 0) measures.push({ kind: "paragraph", text: t("measures.noCity") });
    else
      measures.push({
        kind: "table",
        caption: t("measures.cityCaption", { area: area.number, name: area.name }),
        header: [CITY_COLUMNS.map((key) => ({ text: t(`measures.${key}`) }))],
        rows: city.map(({ measure, commitment: c }) => [
          measure.label,
          c.title,
          c.target || "－",
          c.actual ?? t("measures.notRecorded"),
          percent(c.progressPercent),
          ts(c.status),
          c.dueOn ? formatDate(c.dueOn, dates) : "－",
        ]),
      });
  }

  const { comparison } = report;
  const figures = (row: (typeof comparison)["city"]): DocumentCell[] => [
    count(row.members),
    percent(row.approvalRate),
    percent(row.ojtCoverage),
    { value: row.hoursPerMember, kind: "hours" },
    percent(row.interviewRate),
  ];
  const bureaus: DocumentBlock[] = [
    { kind: "heading", level: 2, text: t("bureaus.title") },
    { kind: "paragraph", text: t("bureaus.lead") },
    {
      kind: "table",
      caption: t("bureaus.caption", { year }),
      header: [BUREAU_COLUMNS.map((key) => ({ text: t(`bureaus.${key}`) }))],
      rows: comparison.bureaus.map((bureau) => [bureau.name, ...figures(bureau)]),
      footer: [[t("bureaus.city"), ...figures(comparison.city)]],
    },
    { kind: "paragraph", text: t("bureaus.suppressedNote") },
    { kind: "heading", level: 3, text: t("chart.title") },
    {
      kind: "table",
      caption: t("chart.tableCaption"),
      header: [[{ text: t("bureaus.bureau") }, { text: t("bureaus.approvalRate") }]],
      rows: comparison.bureaus.map((bureau) => [bureau.name, percent(bureau.approvalRate)]),
      footer: [[t("bureaus.city"), percent(comparison.city.approvalRate)]],
    },
  ];

  const sentence = (finding: Finding) => findingSentence(tf, finding, dates);
  const list = (items: readonly Finding[]): DocumentBlock =>
    items.length === 0 ? { kind: "paragraph", text: t("findings.none") } : { kind: "list", items: items.map(sentence) };
  const findings: DocumentBlock[] = [
    { kind: "heading", level: 2, text: t("findings.title") },
    { kind: "paragraph", text: t("findings.rules") },
    { kind: "heading", level: 3, text: t("findings.lagging") },
    list(report.findings.lagging),
    { kind: "heading", level: 3, text: t("findings.highlights") },
    list(report.findings.highlights),
  ];

  return {
    title: t("file", { year }),
    sheets: [
      cover,
      { name: t("measures.sheet"), blocks: measures },
      { name: t("bureaus.sheet"), blocks: bureaus },
      { name: t("findings.sheet"), blocks: findings },
    ],
  };
}
