import { isDatabaseId } from "@/lib/platform/db/ids";
import { conflict, notFound } from "@/lib/platform/errors";

/**
 * Ids and versions come from hidden form fields, so anyone can send any number. One that no
 * int column can hold would make the database throw; it is answered like any other miss.
 */
export function assertRecordRef(id: number, version: number): void {
  if (!isDatabaseId(id)) throw notFound("record");
  if (!isDatabaseId(version)) throw conflict("record");
}
