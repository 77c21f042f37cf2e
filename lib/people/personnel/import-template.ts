import "server-only";
import { createTranslator } from "next-intl";
import type { Actor } from "@/lib/platform/auth/roles";
import type { ExportTable } from "@/lib/platform/exports/csv";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { assertPersonnelImporter } from "./import-access";
import { importColumns, type ImportSubject } from "./import-columns";

const t = createTranslator({ locale: "ja", messages: ja, namespace: "personnelImport" });

/**
 * An empty file of one kind for the import: its header row only, every column the import reads
 * (optional ones too, to be left blank). No sample row: a forgotten example would be imported as
 * a person. For the HR division only, like the import itself.
 */
export function personnelImportTemplate(actor: Actor, subject: ImportSubject): { table: ExportTable; asciiName: string } {
  assertPersonnelImporter(actor);
  return {
    table: { title: t(`${subject}.templateFile`), header: importColumns(subject).map((column) => column.header), rows: [] },
    asciiName: `${subject}-import-template`,
  };
}
