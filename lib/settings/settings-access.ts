import "server-only";
import { type Actor, hasRole } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";

/** The portal's settings are the HR division's alone; to anyone else they do not exist. */
export function assertSettingsEditor(actor: Actor): void {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("settings");
}
