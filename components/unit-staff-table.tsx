import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { UnitStaffSummary } from "@/lib/org/summarise-staff-by-unit";

/** Staff, young staff and supervisors per unit, with a total row: the bureau and city views. */
export async function UnitStaffTable({
  caption,
  unitHeading,
  parentHeading,
  totalLabel,
  rows,
}: {
  caption: string;
  unitHeading: string;
  parentHeading?: string;
  totalLabel: string;
  rows: UnitStaffSummary[];
}) {
  const t = await getTranslations("bureau");
  const sum = (key: "staff" | "youngStaff" | "supervisors") => rows.reduce((total, row) => total + row[key], 0);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {parentHeading ? <Th>{parentHeading}</Th> : null}
          <Th>{unitHeading}</Th>
          <Th numeric>{t("staff")}</Th>
          <Th numeric>{t("youngStaff")}</Th>
          <Th numeric>{t("supervisors")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {parentHeading ? <Td>{row.parentName}</Td> : null}
            <Th scope="row">{row.name}</Th>
            <Td numeric>{row.staff}</Td>
            <Td numeric>{row.youngStaff}</Td>
            <Td numeric>{row.supervisors}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-bold">
          <Th scope="row">{totalLabel}</Th>
          {parentHeading ? <Td>{""}</Td> : null}
          <Td numeric>{sum("staff")}</Td>
          <Td numeric>{sum("youngStaff")}</Td>
          <Td numeric>{sum("supervisors")}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}
