import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { type BureauSpec, CITY_CHART, type JobCategory, type SectionSpec, type UnitStyle } from "./org-chart";
import { apportion, Random } from "./random";

/** Staff at full scale (scale 1). */
export const FULL_SCALE_STAFF = 15_000;
/** A 係 holds about this many people besides its 係長: teams of ten to twenty. */
const MEMBERS_PER_UNIT = 13;

/** 係 names per style, in the order they are used after the chart's own. */
const UNIT_NAMES: Readonly<Record<UnitStyle, readonly string[]>> = {
  office: ["庶務係", "企画係", "管理係", "調整係", "事業係", "指導係", "審査係", "推進係", "業務係"],
  technical: ["管理係", "計画係", "工事係", "維持係", "設計係", "調査係", "施設係"],
  facility: ["業務係", "管理係", "事業係", "第一係", "第二係"],
  fireStation: ["警防第一係", "警防第二係", "救急係", "救助係"],
  fireBranch: ["第一係", "第二係"],
  taxOffice: ["市民税係", "固定資産税係", "収納第一係", "収納第二係", "納税相談係"],
  collection: ["業務係", "第一係", "第二係", "第三係"],
  clinic: ["診療第一係", "診療第二係"],
  nursing: ["看護第一係", "看護第二係", "看護第三係"],
};

/** Units of these names do the section's paperwork, whatever the section's own job category. */
const CLERICAL_UNITS: ReadonlySet<string> = new Set(["庶務係", "管理係", "経理係", "業務係"]);

export interface PlannedUnit {
  id: number;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentId: number | null;
  path: string;
  position: number;
  /** index into CITY_CHART of the bureau or ward the unit belongs to */
  bureau: number;
  category: JobCategory;
  style: UnitStyle;
  /** a 課 with a 課長補佐 (sections only) */
  hasAssistant: boolean;
  /** relative head-count of a 係 (units only) */
  weight: number;
}

export interface Organisation {
  /** in tree order: every unit after its parent; ids are 1… in this order */
  units: PlannedUnit[];
  /** how many staff the city is to have at this scale */
  staffTarget: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Sections of one bureau at `scale`: taken from each of its 部 in turn, so a smaller city keeps
 *  the leading 課 of as many 部 as it can rather than whole 部 and nothing of the rest. */
function chosenSections(departments: readonly { sections: readonly (string | SectionSpec)[] }[], scale: number): Set<string> {
  const total = departments.reduce((sum, department) => sum + department.sections.length, 0);
  const target = Math.max(1, Math.round(total * scale));
  const chosen = new Set<string>();
  for (let i = 0; chosen.size < target; i++) {
    departments.forEach((department, d) => {
      if (chosen.size < target && i < department.sections.length) chosen.add(`${d}/${i}`);
    });
  }
  return chosen;
}

/** How many 係 a section would like at full strength, before the city's total is shared out. */
function desiredUnits(spec: SectionSpec, style: UnitStyle, random: Random): number {
  if (spec.units) return Math.min(spec.units.length, 5);
  switch (style) {
    case "facility":
    case "clinic":
      return 1;
    case "fireBranch":
    case "nursing":
      return 2;
    case "fireStation":
    case "collection":
      return 3;
    case "taxOffice":
      return 4;
    case "office":
    case "technical":
      return random.int(2, 3);
  }
}

/** Head-count weight of a 係: a neighbourhood facility is small, a refuse-collection depot large. */
function unitWeight(style: UnitStyle, random: Random): number {
  const base = { office: 1, technical: 1, facility: 0.55, clinic: 0.7, nursing: 1.2, fireStation: 1.6, fireBranch: 1.3, taxOffice: 1.1, collection: 1.4 }[
    style
  ];
  return base * (0.75 + random.next() * 0.5);
}

function unitNames(spec: SectionSpec, style: UnitStyle, count: number, random: Random): string[] {
  const listed = spec.units ?? [];
  const generic = UNIT_NAMES[style].filter((name) => !listed.includes(name));
  // Offices lead with their clerical 係 and then vary; facilities keep the usual order.
  const rest =
    (style === "office" || style === "technical") && generic.length > 1
      ? [generic[0] as string, ...random.sample(generic.slice(1), generic.length - 1)]
      : generic;
  const names = [...listed, ...rest];
  for (let n = names.length + 1; names.length < count; n++) names.push(`第${n}係`);
  return names.slice(0, count);
}

/**
 * Parts of the chart another organisation already holds (the demo's 部 and 課, which the living
 * demo puts beside the generated city): a 部 of a bureau, or a 課 of a bureau wherever it sits.
 */
export interface LeftOut {
  bureau: string;
  department?: string;
  section?: string;
}

function chartWithout(leaveOut: readonly LeftOut[]): readonly BureauSpec[] {
  if (leaveOut.length === 0) return CITY_CHART;
  const sectionName = (entry: string | SectionSpec) => (typeof entry === "string" ? entry : entry.name);
  return CITY_CHART.map((bureau) => {
    const mine = leaveOut.filter((part) => part.bureau === bureau.name);
    return {
      ...bureau,
      departments: bureau.departments
        .filter((department) => !mine.some((part) => part.department === department.name && part.section === undefined))
        .map((department) => ({ ...department, sections: department.sections.filter((entry) => !mine.some((part) => part.section === sectionName(entry))) }))
        .filter((department) => department.sections.length > 0),
    };
  });
}

/**
 * The org tree at `scale`: every bureau and ward, a share of their 課 and as many 係 as the staff
 * need for teams of about thirteen. Ids are assigned here, in tree order, so the materialised
 * path ("/3/17/52/") is known before anything is written. `leaveOut` drops parts of the chart
 * (never a whole bureau, so a bureau's index stays its index in CITY_CHART).
 */
export function planOrganisation(seed: number, scale: number, leaveOut: readonly LeftOut[] = []): Organisation {
  const random = new Random(seed, "organisation");
  const chart = chartWithout(leaveOut);
  const staffTarget = Math.round(FULL_SCALE_STAFF * scale);

  // First the sections, to know how many leaders there are and so how many 係 the rest fill.
  type Draft = { bureau: number; department: number; spec: SectionSpec; style: UnitStyle; category: JobCategory; position: number };
  const drafts: Draft[] = [];
  let departmentCount = 0;
  chart.forEach((bureau, b) => {
    const chosen = chosenSections(bureau.departments, scale);
    bureau.departments.forEach((department, d) => {
      let position = 0;
      department.sections.forEach((entry, s) => {
        if (!chosen.has(`${d}/${s}`)) return;
        const spec = typeof entry === "string" ? { name: entry } : entry;
        const category = spec.category ?? department.category ?? bureau.category;
        // Engineering sections name their 係 after the work (計画係, 工事係 …) rather than the office's.
        const style = spec.style ?? (category === "技術" ? "technical" : "office");
        drafts.push({ bureau: b, department: d, spec, style, category, position: position++ });
      });
      if (position > 0) departmentCount += 1;
    });
  });
  const desired = drafts.map((draft) => desiredUnits(draft.spec, draft.style, random));
  const assistants = drafts.map((draft, i) => (draft.style === "office" || draft.style === "technical") && ((desired[i] ?? 0) >= 3 || random.chance(0.15)));
  const leaders = 2 * chart.length + departmentCount + drafts.length + assistants.filter(Boolean).length + 1;
  const unitTarget = Math.max(drafts.length, Math.round((staffTarget - leaders) / (MEMBERS_PER_UNIT + 1)));
  const unitCounts = apportion(unitTarget, desired, 1);

  const units: PlannedUnit[] = [];
  const add = (
    unit: Omit<PlannedUnit, "id" | "path" | "hasAssistant" | "weight"> & Partial<Pick<PlannedUnit, "hasAssistant" | "weight">>,
    parentPath: string,
  ) => {
    const id = units.length + 1;
    const planned: PlannedUnit = { hasAssistant: false, weight: 0, ...unit, id, path: `${parentPath}${id}/` };
    units.push(planned);
    return planned;
  };

  chart.forEach((bureauSpec, b) => {
    const bureauCategory = bureauSpec.category === "消防" ? "消防" : "事務";
    const bureau = add(
      { code: `B${pad(b + 1)}`, name: bureauSpec.name, kind: "BUREAU", parentId: null, position: b, bureau: b, category: bureauCategory, style: "office" },
      "/",
    );
    let departmentPosition = 0;
    bureauSpec.departments.forEach((departmentSpec, d) => {
      const sections = drafts.map((draft, i) => ({ draft, i })).filter(({ draft }) => draft.bureau === b && draft.department === d);
      if (sections.length === 0) return;
      const department = add(
        {
          code: `${bureau.code}-D${pad(d + 1)}`,
          name: departmentSpec.name,
          kind: "DEPARTMENT",
          parentId: bureau.id,
          position: departmentPosition++,
          bureau: b,
          category: departmentSpec.category ?? bureauCategory,
          style: "office",
        },
        bureau.path,
      );
      for (const { draft, i } of sections) {
        const section = add(
          {
            code: `${department.code}-S${pad(draft.position + 1)}`,
            name: draft.spec.name,
            kind: "SECTION",
            parentId: department.id,
            position: draft.position,
            bureau: b,
            category: draft.category,
            style: draft.style,
            hasAssistant: assistants[i] ?? false,
          },
          department.path,
        );
        unitNames(draft.spec, draft.style, unitCounts[i] ?? 1, random).forEach((name, u) => {
          const category = CLERICAL_UNITS.has(name) && draft.category !== "事務" && random.chance(0.5) ? "事務" : draft.category;
          add(
            {
              code: `${section.code}-U${pad(u + 1)}`,
              name,
              kind: "UNIT",
              parentId: section.id,
              position: u,
              bureau: b,
              category,
              style: draft.style,
              weight: unitWeight(draft.style, random),
            },
            section.path,
          );
        });
      }
    });
  });
  return { units, staffTarget };
}
