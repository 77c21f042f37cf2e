/**
 * A table's per-column look as one small stylesheet instead of an attribute or a class on every
 * cell: each cell is sent twice (HTML and RSC payload), so a team's thirty rows of six labelled
 * cells cost about 15 KB as `data-label`s and a few hundred bytes as rules. The class is a hash
 * of the rules, so two tables with the same columns share it harmlessly and no table picks up
 * another's labels after a client-side navigation (the style element leaves with its table).
 */
export interface ColumnLook {
  label: string;
  numeric?: boolean;
  nowrap?: boolean;
}

/** A CSS string literal; `<` escaped so the text can never close the style element. */
const cssString = (text: string) =>
  `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/</g, "\\3c ")
    .replace(/\n/g, " ")}"`;

/** FNV-1a: short, stable, and enough to tell column sets apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The children (1-based, ascending) as selectors, a run of three or more as one range: a 局長's
 * roll-up has eleven figures in a row, `:nth-child(n+2)` where it listed eleven.
 * `last`: the row's last child, where a run needs no upper bound.
 */
export function childRanges(children: readonly number[], last: number): string[] {
  const selectors: string[] = [];
  for (let start = 0; start < children.length;) {
    let end = start;
    while (end + 1 < children.length && children[end + 1] === children[end]! + 1) end += 1;
    const [from, to] = [children[start]!, children[end]!];
    if (end - start < 2) for (let index = start; index <= end; index += 1) selectors.push(`:nth-child(${children[index]})`);
    else selectors.push(`:nth-child(n+${from})${to === last ? "" : `:nth-child(-n+${to})`}`);
    start = end + 1;
  }
  return selectors;
}

/**
 * The rules for a table whose row header is its first cell and whose columns follow: numeric
 * and unbreakable columns as `.num` and `whitespace-nowrap` would make them, and on a phone
 * (under 640 px, the cards of app/globals.css `.stack`) each figure named by its column.
 */
export function columnRules(columns: readonly ColumnLook[]): { className: string; css: string } {
  const nth = (index: number) => `:nth-child(${index + 2})`;
  // One rule per kind of column, listing its columns: `td:is(:nth-child(2),:nth-child(3)){…}`.
  const rule = (wanted: (column: ColumnLook) => boolean, declarations: string, cellsOf = "td") => {
    const cells = childRanges(
      columns.flatMap((column, index) => (wanted(column) ? [index + 2] : [])),
      columns.length + 1,
    );
    return cells.length === 0 ? "" : `& ${cellsOf}:is(${cells.join(",")}){${declarations}}`;
  };
  // A numeric column's header is aligned with its figures (the row header is the first cell).
  const formats =
    rule((column) => column.numeric === true, "text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums", ":is(td,th)") +
    rule((column) => column.nowrap === true && column.numeric !== true, "white-space:nowrap");
  const labels = columns.map((column, index) => `& td${nth(index)}::before{content:${cssString(column.label)}}`).join("");
  // Nested under the table's class (`.dt-x{& td…}`): the class is written once, not per rule.
  const body = `${formats}@media (width<40rem){${labels}}`;
  const className = `dt-${hash(body)}`;
  return { className, css: `.${className}{${body}}` };
}
