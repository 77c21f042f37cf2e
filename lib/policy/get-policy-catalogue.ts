import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";

/**
 * The policy as a whole, for the 方針 page: every signed-in member of staff may read it.
 * Retired items are included (history and reports still point at them) and marked.
 */
export async function getPolicyCatalogue(actor: Actor) {
  void actor; // readable by every role; the parameter keeps the data-access signature uniform
  const [policy, targetImages, focusThemes, areas, actors, promotionBodies] = await Promise.all([
    db.policy.findFirst({
      orderBy: { id: "asc" },
      select: {
        name: true,
        summary: true,
        startFiscalYear: true,
        endFiscalYear: true,
        promotionPlans: {
          orderBy: { phase: "asc" },
          select: { id: true, phase: true, name: true, startFiscalYear: true, endFiscalYear: true, illustrative: true },
        },
      },
    }),
    db.targetImage.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, name: true, description: true, retiredAt: true } }),
    db.focusTheme.findMany({
      orderBy: { number: "asc" },
      select: { id: true, number: true, name: true, retiredAt: true, points: { orderBy: { position: "asc" }, select: { id: true, text: true } } },
    }),
    db.policyArea.findMany({
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        name: true,
        description: true,
        retiredAt: true,
        measures: {
          orderBy: { number: "asc" },
          select: {
            id: true,
            number: true,
            name: true,
            relatedPlan: true,
            retiredAt: true,
            initiatives: {
              orderBy: [{ isMain: "desc" }, { position: "asc" }],
              select: { id: true, name: true, isMain: true, retiredAt: true, promotionPlan: { select: { phase: true } } },
            },
          },
        },
      },
    }),
    db.policyActor.findMany({
      orderBy: { position: "asc" },
      select: { id: true, role: true, name: true, responsibilities: { orderBy: { position: "asc" }, select: { id: true, text: true } } },
    }),
    db.promotionBody.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, title: true, holder: true } }),
  ]);
  if (!policy) throw notFound("policy");
  return { policy, targetImages, focusThemes, areas, actors, promotionBodies };
}

export type PolicyCatalogue = Awaited<ReturnType<typeof getPolicyCatalogue>>;
