import ExcelJS from "exceljs";
import type { ExportTable } from "./csv";

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
  const name = title.replace(/[[\]:*?/\\]/g, "_").slice(0, 31).replace(/^'+|'+$/g, "");
  return name === "" ? "Sheet1" : name;
}

