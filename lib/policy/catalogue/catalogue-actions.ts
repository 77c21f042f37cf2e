"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { addFocusPoint, addInitiative, addMeasure } from "@/lib/policy/catalogue/add-catalogue";
import { assertCatalogueEditor } from "@/lib/policy/catalogue/catalogue-access";
import {
  updateArea,
  updateFocusPoint,
  updateFocusTheme,
  updateInitiative,
  updateMeasure,
  updatePromotionPlan,
  updateTargetImage,
} from "@/lib/policy/catalogue/edit-catalogue";
import { setRetired } from "@/lib/policy/catalogue/retire-catalogue";
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
} from "@/lib/policy/catalogue/schemas";

// The editor's role first, the form's schema, the catalogue change, then the 方針 page and this one afresh.
const edit = { allow: assertCatalogueEditor, revalidate: ["/policy", "/city/catalogue"], done: "catalogueSaved" } as const;
const add = { ...edit, done: "catalogueAdded" } as const;

export const updateTargetImageAction = actorAction({ ...edit, schema: targetImageEditSchema, handle: updateTargetImage });

export const updateFocusThemeAction = actorAction({ ...edit, schema: focusThemeEditSchema, handle: updateFocusTheme });

export const updateFocusPointAction = actorAction({ ...edit, schema: focusPointEditSchema, handle: updateFocusPoint });

export const addFocusPointAction = actorAction({ ...add, schema: focusPointAddSchema, handle: addFocusPoint });

export const updateAreaAction = actorAction({ ...edit, schema: areaEditSchema, handle: updateArea });

export const updateMeasureAction = actorAction({ ...edit, schema: measureEditSchema, handle: updateMeasure });

export const addMeasureAction = actorAction({ ...add, schema: measureAddSchema, handle: addMeasure });

export const updateInitiativeAction = actorAction({ ...edit, schema: initiativeEditSchema, handle: updateInitiative });

export const addInitiativeAction = actorAction({ ...add, schema: initiativeAddSchema, handle: addInitiative });

export const updatePromotionPlanAction = actorAction({ ...edit, schema: promotionPlanEditSchema, handle: updatePromotionPlan });

export const setRetiredAction = actorAction({
  ...edit,
  schema: retireSchema,
  handle: setRetired,
  done: (_, { retire }) => ({ key: retire ? "catalogueRetired" : "catalogueRestored" }),
});
