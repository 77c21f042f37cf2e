"use client";

import type { ReactNode } from "react";
import { TableRows } from "@/components/ui/table-rows";
import type { AuditValue } from "./audit-detail";

/** One row of the trail: when, who, what and which record as shown, and the detail (null: none recorded). */
export interface AuditTrailRow {
  key: string;
  cells: readonly [at: string, person: ReactNode, action: string, record: ReactNode];
  detail: AuditValue | null;
}

/** The time and the person are kept on one line. */
const CLASSES = ["whitespace-nowrap", "whitespace-nowrap"];

function Value({ value }: { value: AuditValue }): ReactNode {
  if (typeof value === "string") return value;
  if ("list" in value)
    return (
      <ol className="flex flex-col gap-2">
        {value.list.map((item, index) => (
          // A recorded list never changes order: its position is its identity.
          <li key={index}>
            <Value value={item} />
          </li>
        ))}
      </ol>
    );
  return (
    <dl className="audit-detail">
      {value.fields.map(([label, item], index) => (
        <div key={index}>
          <dt>{label}</dt>
          <dd>
            <Value value={item} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The audit trail's rows, each detail folded under 「詳細を表示」 (`showDetail`). Given as data:
 * rendered by the page, every row's cells and every field of its detail were elements in the
 * React Server Component payload beside the same markup in the HTML; as data a field is its
 * label and its value, and the markup is rendered from them once.
 */
export function AuditTrailRows({ rows, showDetail }: { rows: readonly AuditTrailRow[]; showDetail: string }) {
  return (
    <TableRows
      classes={CLASSES}
      rows={rows.map((row) => ({
        key: row.key,
        cells: [
          ...row.cells,
          row.detail === null ? (
            "—"
          ) : (
            <details key="detail">
              <summary className="cursor-pointer text-blue-900 underline">{showDetail}</summary>
              <Value value={row.detail} />
            </details>
          ),
        ],
      }))}
    />
  );
}
