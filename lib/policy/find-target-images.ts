import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";

/** The target employee images (目指す職員像) in force, for the employee's dashboard; every role may read them. */
export async function findTargetImages(actor: Actor) {
  void actor; // readable by every role; the parameter keeps the data-access signature uniform
  return db.targetImage.findMany({ where: { retiredAt: null }, orderBy: { number: "asc" }, select: { id: true, name: true } });
}
