"use server";

import { z } from "zod";
import { actorAction, actorPostAction } from "@/lib/platform/actions/actor-action";
import { commitmentInputSchema } from "@/lib/year/commitments/schemas";
import { addProxyCommitment, confirmProxyEntry, saveProxyContent, startProxyPlan, submitProxyPlan } from "@/lib/year/plans/proxy-entry";
import { proxyContentSchema } from "@/lib/year/plans/schemas";
import { id, version } from "@/lib/platform/validation/fields";

// 代理入力: the member's reviewer types in a paper sheet; the member then confirms it. lib/
// checks that the actor reviews the member (anyone else: not found) or, to confirm, owns the plan.

const fiscalYear = z.coerce.number().int().min(2000).max(2100);
const proxyPath = (planId: number) => `/plans/${planId}/proxy`;
const memberPages = (planId: number) => [proxyPath(planId), `/plans/${planId}`, "/team"];

/** Opens (or finds) the member's plan for the year and goes to the page where it is typed in. */
export const startProxyPlanAction = actorPostAction({
  target: z.object({ employeeId: id, fiscalYear }),
  handle: (actor, { employeeId, fiscalYear: year }) => startProxyPlan(actor, employeeId, year),
  revalidate: ["/team"],
  redirect: (planId) => proxyPath(planId),
});

export const saveProxyContentAction = actorAction({
  target: z.object({ planId: id }),
  schema: proxyContentSchema,
  handle: (actor, { planId, ...content }) => saveProxyContent(actor, planId, content),
  revalidate: ({ planId }) => memberPages(planId),
  done: "proxySaved",
});

export const addProxyCommitmentAction = actorAction({
  target: z.object({ planId: id }),
  schema: commitmentInputSchema,
  handle: (actor, { planId, ...input }) => addProxyCommitment(actor, planId, input),
  revalidate: ({ planId }) => memberPages(planId),
  done: "proxyCommitmentAdded",
});

/** Submitted on the member's behalf: the reviewer goes to the plan, where they review it as any other. */
export const submitProxyPlanAction = actorAction({
  target: z.object({ planId: id, version }),
  handle: (actor, { planId, version: seen }) => submitProxyPlan(actor, planId, seen),
  revalidate: ({ planId }) => memberPages(planId),
  redirect: (_, { planId }) => `/plans/${planId}`,
});

/** The member's 確認しました on a plan entered for them. */
export const confirmProxyEntryAction = actorAction({
  target: z.object({ planId: id, fiscalYear, version }),
  handle: (actor, { planId, version: seen }) => confirmProxyEntry(actor, planId, seen),
  revalidate: ({ fiscalYear: year, planId }) => [`/me/plans/${year}`, "/me", `/plans/${planId}`],
  done: "proxyConfirmed",
});
