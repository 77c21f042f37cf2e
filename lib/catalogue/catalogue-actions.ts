"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { addFocusPoint, addInitiative, addMeasure } from "@/lib/catalogue/add-catalogue";
import { updateArea, updateFocusPoint, updateFocusTheme, updateInitiative, updateMeasure, updatePromotionPlan, updateTargetImage } from "@/lib/catalogue/edit-catalogue";
import { assertCatalogueEditor } from "@/lib/catalogue/catalogue-access";
import { setRetired } from "@/lib/catalogue/retire-catalogue";
import {
  areaEditSchema,
  focusPointAddSchema,
  focusPointEditSchema,
  focusThemeEditSchema,
  initiativeAddSchema,
  initiativeEditSchema,
  measureAddSchema,
  measureEditSchema,
  promotionPlanEditSchema,
  retireSchema,
  targetImageEditSchema,
} from "@/lib/catalogue/schemas";
import { formStateFromError, refusedBeforeForm } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState, formValues } from "@/lib/validation/form-state";

const PAGE = "/city/catalogue";

/** Sign-in, the editor's role, the form's schema, the catalogue change, then the 方針 page and this one afresh. */
async function submit<S extends z.ZodType>(schema: S, formData: FormData, write: (actor: Actor, data: z.output<S>) => Promise<unknown>): Promise<FormState> {
  const actor = await requireActor();
  const refused = refusedBeforeForm(() => assertCatalogueEditor(actor));
  if (refused) return refused;
  const values = Object.fromEntries(Object.entries(formValues(formData)).filter(([, value]) => typeof value === "string"));
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await write(actor, parsed.data);
  } catch (error) {
    const state = formStateFromError(error);
    // Someone saved first: show the latest version.
    if (state.formError === "conflict" || state.formError === "notFound") revalidatePath(PAGE);
    return state;
  }
  revalidatePath("/policy");
  revalidatePath(PAGE);
  return { ok: true, fieldErrors: {} };
}

export async function updateTargetImageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(targetImageEditSchema, formData, updateTargetImage);
}

export async function updateFocusThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(focusThemeEditSchema, formData, updateFocusTheme);
}

export async function updateFocusPointAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(focusPointEditSchema, formData, updateFocusPoint);
}

export async function addFocusPointAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(focusPointAddSchema, formData, addFocusPoint);
}

export async function updateAreaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(areaEditSchema, formData, updateArea);
}

export async function updateMeasureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(measureEditSchema, formData, updateMeasure);
}

export async function addMeasureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(measureAddSchema, formData, addMeasure);
}

export async function updateInitiativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(initiativeEditSchema, formData, updateInitiative);
}

export async function addInitiativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(initiativeAddSchema, formData, addInitiative);
}

export async function updatePromotionPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(promotionPlanEditSchema, formData, updatePromotionPlan);
}

export async function setRetiredAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(retireSchema, formData, setRetired);
}
