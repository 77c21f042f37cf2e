import { getTranslations } from "next-intl/server";
import { FileDownloads } from "@/components/ui/file-downloads";
import { Table, Td, Th } from "@/components/ui/table";
import { importColumns, type ImportSubject } from "@/lib/people/personnel/import-columns";
import { isStaffColumn } from "@/lib/people/personnel/read-staff-csv";
import { isUnitColumn } from "@/lib/people/personnel/read-unit-csv";

/**
 * What a file of one kind must and may hold, listed from the layout the import reads it with
 * (lib/people/personnel/import-columns.ts), and its template: the header row, ready to fill in.
 */
export async function ImportColumnGuide({ subject }: { subject: ImportSubject }) {
  const t = await getTranslations("personnelImport");
  const help = (key: string) => {
    if (subject === "units" && isUnitColumn(key)) return t(`units.columnHelp.${key}`);
    if (subject === "staff" && isStaffColumn(key)) return t(`staff.columnHelp.${key}`);
    return "";
  };
  return (
    <div className="flex flex-col gap-2">
      <FileDownloads
        label={t(`${subject}.templateLabel`)}
        files={[{ href: `/city/import/template?subject=${subject}`, label: t(`${subject}.templateDownload`) }]}
      />
      <Table caption={t(`${subject}.columnsCaption`)}>
        <thead>
          <tr>
            <Th>{t("columnGuide.column")}</Th>
            <Th>{t("columnGuide.use")}</Th>
            <Th>{t("columnGuide.howTo")}</Th>
          </tr>
        </thead>
        <tbody>
          {importColumns(subject).map((column) => (
            <tr key={column.key}>
              <Th scope="row" nowrap>
                {column.header}
              </Th>
              <Td nowrap>{column.required ? t("columnGuide.required") : t("columnGuide.optional")}</Td>
              <Td>{help(column.key)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
