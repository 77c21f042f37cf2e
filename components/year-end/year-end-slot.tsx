import type { Actor } from "@/lib/auth/roles";
import { getPlanYearEnd } from "@/lib/year-end/get-plan-year-end";
import { YearEndSection } from "./year-end-section";

/**
 * The year-end ratings of a plan, loaded by themselves: a plan page slots this in with one line
 * and knows nothing of ratings (the plan pages are being reorganised into read and edit
 * sections; this stays out of their way). The page has already decided the plan is readable;
 * getPlanYearEnd checks again.
 */
export async function YearEndSlot({ actor, planId }: { actor: Actor; planId: number }) {
  return <YearEndSection yearEnd={await getPlanYearEnd(actor, planId)} />;
}
