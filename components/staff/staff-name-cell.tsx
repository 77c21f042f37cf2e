import { Link } from "@/components/ui/link";
import { Th } from "@/components/ui/table";

/** Where a person's record (個人カルテ) opens: the HR division's, or a bureau's within its scope. */
export type StaffRecordPath = "/city/staff" | "/bureau/staff";

/** A table row's header: the person's name, opening their record. */
export function StaffNameCell({ basePath, id, name }: { basePath: StaffRecordPath; id: number; name: string }) {
  return (
    <Th scope="row" nowrap>
      <Link href={`${basePath}/${id}`}>{name}</Link>
    </Th>
  );
}
