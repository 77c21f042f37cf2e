import ExcelJS from "exceljs";
import type { ExportTable } from "./csv";
import { type DocumentBlock, type DocumentCell, EXCEL_NUMBER_FORMAT, type ExportDocument, WITHHELD } from "./export-document";

/**
 * One worksheet per table, header row bold and frozen, numbers stored as numbers so that
 * Excel can sum them. Sheet names are cut to Excel's 31 characters and cleared of []:*?/\.
 */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "はぐくみ";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ""));
    sheet.columns.forEach((column, index) => {
      const widest = Math.max(...[table.header, ...table.rows].map((row) => String(row[index] ?? "").length));
      column.width = Math.min(40, Math.max(8, widest * 2 + 2));
    });
  }
  // Typed as an ArrayBuffer, at run time a Node Buffer (maybe a view into a shared pool): the
  // constructor copies its bytes either way.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A worksheet name Excel accepts: none of []:*?/\, at most 31 characters, and no apostrophe at
 * either end (unit names come from the personnel file and may hold anything).
 */
export function sheetName(title: string): string {
  const name = title
    .replace(/[[\]:*?/\\]/g, "_")
    .slice(0, 31)
    .replace(/^'+|'+$/g, "");
  return name === "" ? "Sheet1" : name;
}

/** Excel's column width is in characters of the default font; a Japanese character takes two. */
const textWidth = (text: string) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FIRST_COLUMN_WIDTH = 36;
const OTHER_COLUMN_WIDTH = 12;
/** A sheet of text only (the cover, the findings) is two columns: labels and a wide second. */
const TEXT_COLUMN_WIDTH = 60;

/**
 * A document (export-document.ts) as a workbook for the meeting papers: one worksheet per
 * sheet, set up to print on A4 portrait one page wide, its blocks one below the other as the
 * printed page has them: headings in bold, sentences wrapped across the table's width, tables
 * with ruled cells, merged group headers and numbers stored as numbers in the page's formats
 * (EXCEL_NUMBER_FORMAT), so that what a clerk copies reads as the print does.
 */
export async function documentToXlsx(document: ExportDocument): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "はぐくみ";
  workbook.title = document.title;
  for (const sheetSpec of document.sheets) {
    const sheet = workbook.addWorksheet(sheetName(sheetSpec.name), {
      pageSetup: {
        paperSize: 9,
        orientation: "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      },
    });
    const widest = Math.max(0, ...sheetSpec.blocks.map((block) => (block.kind === "table" ? tableWidth(block) : 0)));
    const columns = Math.max(2, widest);
    const otherWidth = widest === 0 ? TEXT_COLUMN_WIDTH : OTHER_COLUMN_WIDTH;
    sheet.columns = Array.from({ length: columns }, (_, i) => ({ width: i === 0 ? FIRST_COLUMN_WIDTH : otherWidth }));
    const fullWidth = FIRST_COLUMN_WIDTH + (columns - 1) * otherWidth;
    let row = 1;
    // A sentence across the whole width, wrapped, its row tall enough for its lines (Excel does
    // not fit the height of merged cells by itself).
    const wide = (text: string, font: Partial<ExcelJS.Font> = {}) => {
      sheet.mergeCells(row, 1, row, columns);
      const cell = sheet.getCell(row, 1);
      cell.value = text;
      cell.font = font;
      cell.alignment = { wrapText: true, vertical: "top" };
      const size = font.size ?? 11;
      sheet.getRow(row).height = Math.max(1, Math.ceil((textWidth(text) * size) / 11 / (fullWidth - 2))) * size * 1.45;
      row += 1;
    };
    for (const block of sheetSpec.blocks) {
      switch (block.kind) {
        case "title":
          wide(block.text, { bold: true, size: 16 });
          break;
        case "heading":
          wide(block.text, { bold: true, size: block.level === 2 ? 14 : 12 });
          break;
        case "paragraph":
          wide(block.text);
          break;
        case "list":
          for (const item of block.items) wide(`・${item}`);
          break;
        case "fields":
          for (const [label, value] of block.rows) {
            sheet.getCell(row, 1).value = label;
            sheet.getCell(row, 1).font = { bold: true };
            if (columns > 2) sheet.mergeCells(row, 2, row, columns);
            sheet.getCell(row, 2).value = value;
            sheet.getCell(row, 2).alignment = { wrapText: true, vertical: "top" };
            row += 1;
          }
          break;
        case "table":
          row = writeTable(sheet, block, row);
          break;
      }
      row += 1;
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

type TableBlock = Extract<DocumentBlock, { kind: "table" }>;

/** Columns a table takes: its widest row, a header cell counting as many as it spans. */
function tableWidth(table: TableBlock): number {
  const headerWidths = table.header.map((cells) => cells.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0));
  return Math.max(...headerWidths, ...[...table.rows, ...(table.footer ?? [])].map((cells) => cells.length));
}

/** A table from `first`: caption, header rows (merged as they span), body and footer; returns the next free row. */
function writeTable(sheet: ExcelJS.Worksheet, table: TableBlock, first: number): number {
  let row = first;
  sheet.getCell(row, 1).value = table.caption;
  sheet.getCell(row, 1).font = { bold: true, size: 10 };
  row += 1;
  // Cells a row span above has taken, per header row: skipped when placing the next row's cells.
  const taken = new Set<string>();
  for (const headerRow of table.header) {
    let column = 1;
    for (const header of headerRow) {
      while (taken.has(`${row}:${column}`)) column += 1;
      const [rows, columns] = [header.rowSpan ?? 1, header.colSpan ?? 1];
      if (rows > 1 || columns > 1) sheet.mergeCells(row, column, row + rows - 1, column + columns - 1);
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) taken.add(`${row + r}:${column + c}`);
      const cell = sheet.getCell(row, column);
      cell.value = header.text;
      column += columns;
    }
    row += 1;
  }
  for (let r = first + 1; r < row; r++) {
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6E6E6" } };
    });
  }
  const width = tableWidth(table);
  const body = (cells: readonly DocumentCell[], bold: boolean) => {
    cells.forEach((value, i) => {
      const cell = sheet.getCell(row, i + 1);
      if (value === null || typeof value === "string") {
        cell.value = value ?? "";
        cell.alignment = { wrapText: true, vertical: "top" };
      } else if (value.value === null) {
        cell.value = WITHHELD;
        cell.alignment = { horizontal: "right" };
      } else {
        cell.value = value.kind === "percent" ? value.value / 100 : value.value;
        cell.numFmt = EXCEL_NUMBER_FORMAT[value.kind];
      }
      if (bold) cell.font = { bold: true };
    });
    row += 1;
  };
  for (const cells of table.rows) body(cells, false);
  for (const cells of table.footer ?? []) body(cells, true);
  for (let r = first + 1; r < row; r++) for (let c = 1; c <= width; c++) sheet.getCell(r, c).border = BORDER;
  return row;
}
