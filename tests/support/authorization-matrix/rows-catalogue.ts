import { addFocusPoint, addInitiative, addMeasure } from "@/lib/policy/catalogue/add-catalogue";
import { assertCatalogueEditor, catalogueChange } from "@/lib/policy/catalogue/catalogue-access";
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
import { area, initiativeIn, measureIn, promotionPlan, targetImage, theme, themePoint } from "./admin-fixtures";
import { type FunctionRow, HR_ONLY, row } from "./matrix";
import type { Watch } from "./records";

/**
 * The policy catalogue's administration (lib/policy/catalogue): the HR division's only, per role, no
 * subject to relate to. Each cell edits catalogue items of its own (admin-fixtures.ts).
 */

const one = (table: string, id: number): Watch[] => [[table, "id", id]];

export const catalogueRows: FunctionRow[] = [
  row({
    fn: "assertCatalogueEditor",
    file: "lib/policy/catalogue/catalogue-access.ts",
    kind: "helper",
    matrix: HR_ONLY,
    act: async (s) => assertCatalogueEditor(s.actor),
  }),
  row({
    fn: "catalogueChange",
    file: "lib/policy/catalogue/catalogue-access.ts",
    kind: "write",
    arrange: area,
    // The write is run only for an editor; it renames the cell's own area.
    matrix: HR_ONLY,
    act: (s, a) => catalogueChange(s.actor, (tx) => tx.policyArea.update({ where: { id: a.id }, data: { name: "改名" } })),
    watch: (a) => one("policy_area", a.id),
  }),
  row({
    fn: "addMeasure",
    file: "lib/policy/catalogue/add-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: area,
    act: (s, a) => addMeasure(s.actor, { areaId: a.id, name: "新しい施策", relatedPlan: "" }),
    watch: (a) => [["measure", "area_id", a.id]],
  }),
  row({
    fn: "addInitiative",
    file: "lib/policy/catalogue/add-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: measureIn,
    act: (s, m) => addInitiative(s.actor, { measureId: m.id, name: "新しい取組", isMain: false, promotionPlanId: undefined }),
    watch: (m) => [["initiative", "measure_id", m.id]],
  }),
  row({
    fn: "addFocusPoint",
    file: "lib/policy/catalogue/add-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: theme,
    act: (s, t) => addFocusPoint(s.actor, { themeId: t.id, text: "新しい視点" }),
    watch: (t) => [["focus_theme_point", "theme_id", t.id]],
  }),
  row({
    fn: "updateTargetImage",
    file: "lib/policy/catalogue/edit-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    // Retired from the start, so it never joins the plans other cells open.
    arrange: targetImage,
    act: (s, t) => updateTargetImage(s.actor, { id: t.id, name: "改名", description: "改訂", beforeName: t.name, beforeDescription: t.description }),
    watch: (t) => one("target_image", t.id),
  }),
  row({
    fn: "updateArea",
    file: "lib/policy/catalogue/edit-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: area,
    act: (s, a) => updateArea(s.actor, { id: a.id, name: "改名", description: "改訂", beforeName: a.name, beforeDescription: a.description }),
    watch: (a) => one("policy_area", a.id),
  }),
  row({
    fn: "updateFocusTheme",
    file: "lib/policy/catalogue/edit-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: theme,
    act: (s, t) => updateFocusTheme(s.actor, { id: t.id, name: "改名", beforeName: t.name }),
    watch: (t) => one("focus_theme", t.id),
  }),
  row({
    fn: "updateFocusPoint",
    file: "lib/policy/catalogue/edit-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: themePoint,
    act: (s, p) => updateFocusPoint(s.actor, { id: p.id, text: "改訂", beforeText: p.text }),
    watch: (p) => one("focus_theme_point", p.id),
  }),
  row({
    fn: "updateMeasure",
    file: "lib/policy/catalogue/edit-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: measureIn,
    act: (s, m) => updateMeasure(s.actor, { id: m.id, name: "改名", relatedPlan: "", beforeName: m.name, beforeRelatedPlan: "" }),
    watch: (m) => one("measure", m.id),
  }),
  row({
    fn: "updateInitiative",
    file: "lib/policy/catalogue/edit-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: initiativeIn,
    act: (s, i) =>
      updateInitiative(s.actor, {
        id: i.id,
        name: "改名",
        isMain: false,
        promotionPlanId: undefined,
        beforeName: i.name,
        beforeIsMain: false,
        beforePromotionPlanId: undefined,
      }),
    watch: (i) => one("initiative", i.id),
  }),
  row({
    fn: "updatePromotionPlan",
    file: "lib/policy/catalogue/edit-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: promotionPlan,
    act: (s, p) =>
      updatePromotionPlan(s.actor, {
        id: p.id,
        name: "改名",
        startFiscalYear: p.startFiscalYear,
        endFiscalYear: p.endFiscalYear,
        illustrative: p.illustrative,
        beforeName: p.name,
        beforeStartFiscalYear: p.startFiscalYear,
        beforeEndFiscalYear: p.endFiscalYear,
        beforeIllustrative: p.illustrative,
      }),
    watch: (p) => one("promotion_plan", p.id),
  }),
  row({
    fn: "setRetired",
    file: "lib/policy/catalogue/retire-catalogue.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: measureIn,
    act: (s, m) => setRetired(s.actor, { kind: "measure", id: m.id, retire: true }),
    watch: (m) => one("measure", m.id),
  }),
];
