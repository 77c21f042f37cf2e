import "server-only";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";

/** The personnel master is imported by the HR division only; to anyone else the import does not exist. */
export function assertPersonnelImporter(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "personnel import");
}
