import "server-only";
import { type Actor, hasRole } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";

/** The personnel master is imported by the HR division only; to anyone else the import does not exist. */
export function assertPersonnelImporter(actor: Actor): void {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("personnel import");
}
