import { conflict, notFound } from "@/lib/errors";

const INT4_MAX = 2_147_483_647;
const isInt4Key = (value: number) => Number.isSafeInteger(value) && value > 0 && value <= INT4_MAX;

/**
 * Ids and versions come from hidden form fields, so anyone can send any number. One that no
 * int column can hold would make the database throw; it is answered like any other miss.
 */
export function assertRecordRef(id: number, version: number): void {
  if (!isInt4Key(id)) throw notFound("record");
  if (!isInt4Key(version)) throw conflict("record");
}
