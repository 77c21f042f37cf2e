import type { Actor } from "@/lib/platform/auth/roles";
import { findSelectableMeasures, findSelectableThemesAndImages } from "@/lib/policy/find-selectable-measures";

/** The choices a commitment form offers: measures by area, focus themes and target images. */
export async function loadCommitmentOptions(actor: Actor) {
  const [areas, { themes, images }] = await Promise.all([findSelectableMeasures(actor), findSelectableThemesAndImages(actor)]);
  return { areas, themes, images };
}
