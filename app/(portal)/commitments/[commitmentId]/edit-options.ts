import { metricChoice } from "@/app/(portal)/commitments/metric-choice";
import type { Actor } from "@/lib/platform/auth/roles";
import { findSelectableMeasures, findSelectableThemesAndImages } from "@/lib/policy/find-selectable-measures";

/** The choices the edit form offers: measures by area, focus themes, target images, metrics. */
export async function editOptions(actor: Actor, metric: string) {
  const [areas, { themes, images }, metrics] = await Promise.all([findSelectableMeasures(actor), findSelectableThemesAndImages(actor), metricChoice(metric)]);
  return { areas, themes, images, metrics };
}
