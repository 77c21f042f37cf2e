import { getTranslations } from "next-intl/server";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { formatNumber } from "@/lib/platform/exports/export-document";
import type { BureauComparison } from "@/lib/insight/hq-report/bureau-comparison";

const ROW = 28;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 260;
const VALUE_WIDTH = 50;
/** The rate beside the bureau, aligned right. */
const RATE = ["num"];
const percent = (value: number | null) => formatNumber(value, "percent");

/**
 * The share of approved plans per bureau as horizontal bars in plain SVG: it renders on the
 * server and in print without script, in black and grey so it survives a monochrome printer.
 * The SVG is one image with a spoken summary; the table beside it carries the same figures.
 */
export async function ApprovalBarChart({ comparison }: { comparison: BureauComparison }) {
  const t = await getTranslations("hqReport");
  const rows = [
    ...comparison.bureaus.map((b) => ({ key: String(b.id), name: b.name, value: b.approvalRate })),
    { key: "city", name: t("bureaus.city"), value: comparison.city.approvalRate },
  ];
  const height = rows.length * ROW + 24;
  const summary = comparison.bureaus.map((b) => `${b.name} ${percent(b.approvalRate)}`).join("、");
  return (
    <figure className="report-chart mb-8">
      <figcaption className="mb-2 text-std-18B-160">{t("chart.title")}</figcaption>
      <div className="grid items-start gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <svg
          role="img"
          aria-label={t("chart.label", { summary, city: percent(comparison.city.approvalRate) })}
          viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}`}
          className="w-full max-w-xl"
          fontSize="13"
        >
          {[0, 50, 100].map((tick) => (
            <g key={tick}>
              <line
                x1={LABEL_WIDTH + (BAR_WIDTH * tick) / 100}
                x2={LABEL_WIDTH + (BAR_WIDTH * tick) / 100}
                y1={0}
                y2={rows.length * ROW}
                stroke="#999"
                strokeDasharray={tick === 0 ? undefined : "3 3"}
              />
              <text x={LABEL_WIDTH + (BAR_WIDTH * tick) / 100} y={rows.length * ROW + 16} textAnchor="middle" fill="#1a1a1a">{`${tick}%`}</text>
            </g>
          ))}
          {rows.map((row, i) => (
            <g key={row.key} transform={`translate(0 ${i * ROW})`}>
              <text x={LABEL_WIDTH - 8} y={ROW / 2 + 5} textAnchor="end" fill="#1a1a1a" fontWeight={row.key === "city" ? "bold" : undefined}>
                {row.name}
              </text>
              {row.value === null ? null : (
                <rect x={LABEL_WIDTH} y={5} width={(BAR_WIDTH * row.value) / 100} height={ROW - 10} fill={row.key === "city" ? "#1a1a1a" : "#666"} />
              )}
              <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={ROW / 2 + 5} fill="#1a1a1a">
                {percent(row.value)}
              </text>
            </g>
          ))}
        </svg>
        <Table caption={t("chart.tableCaption")}>
          <thead>
            <tr>
              <Th>{t("bureaus.bureau")}</Th>
              <Th numeric>{t("bureaus.approvalRate")}</Th>
            </tr>
          </thead>
          <TableRows classes={RATE} rows={rows.map((row) => ({ key: row.key, head: <Th scope="row">{row.name}</Th>, cells: [percent(row.value)] }))} />
        </Table>
      </div>
    </figure>
  );
}
