import "server-only";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";

/** The portal's settings are the HR division's alone; to anyone else they do not exist. */
export function assertSettingsEditor(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "settings");
}
