import { RoleNav } from "@/components/role-nav";
import { requireActor } from "@/lib/platform/auth/actor";
import { type Actor, DASHBOARD_PATH } from "@/lib/platform/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";

/**
 * The role menu as the portal layout's @menu slot renders it. `belongsTo` asks lib/ which menu a
 * detail page belongs to for this reader, from the read the page itself makes (cached for the
 * request); a record the reader may not see names no entry — the page answers 404 on its own.
 */
export async function PortalMenu({ belongsTo }: { belongsTo?: (actor: Actor) => Promise<Role> }) {
  const actor = await requireActor();
  return <RoleNav actor={actor} owner={belongsTo ? await ownerOf(actor, belongsTo) : undefined} />;
}

async function ownerOf(actor: Actor, belongsTo: (actor: Actor) => Promise<Role>): Promise<string | undefined> {
  try {
    return DASHBOARD_PATH[await belongsTo(actor)];
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}
