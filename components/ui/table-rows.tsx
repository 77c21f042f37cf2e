"use client";

import type { ReactNode } from "react";
import { classOf } from "./table";

/**
 * A body row as data: its key, its header cell (a `<th scope="row">`, rendered by the caller; none
 * where the table has no row header) and its other cells.
 */
export interface TableRow {
  key: string | number;
  /** the row's own look (a group's row, a row inside a group) */
  className?: string;
  head?: ReactNode;
  /** the cells other than the header, in order: text where the cell is text */
  cells: readonly ReactNode[];
}

/**
 * A long table's body from its rows as data. Rendered by a server component, every cell was a
 * `<td>` element in the React Server Component payload beside the same cell in the HTML; given
 * as data, a text cell is the text alone, and this client component wraps it in its `<td>`
 * (the same markup, rendered once into the HTML on the server). A bureau's section of 54 people
 * went from 134 to 108 KB and from about 67 to 57 ms of CPU per request (tests/bench/RESULTS.md).
 *
 * `classes`: each cell's class by its place among `cells` (`num` for a figure, as `Td numeric`;
 * unlike `Td`, a cell is shown as given, so a figure comes already formatted: `formatFigure`);
 * `headAt`: the header's place among the cells where it is not first (a unit before the title);
 * `part`: the table's body, or its footer (a total).
 */
export function TableRows({
  rows,
  classes = [],
  headAt = 0,
  part: Part = "tbody",
}: {
  rows: readonly TableRow[];
  classes?: readonly (string | undefined)[];
  headAt?: number;
  part?: "tbody" | "tfoot";
}) {
  return (
    <Part>
      {rows.map((row) => {
        const cells = row.cells.map((cell, index) => (
          <td key={index} {...classOf(classes[index])}>
            {cell}
          </td>
        ));
        return (
          <tr key={row.key} {...classOf(row.className)}>
            {cells.slice(0, headAt)}
            {row.head}
            {cells.slice(headAt)}
          </tr>
        );
      })}
    </Part>
  );
}
