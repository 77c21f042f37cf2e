import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as signInSchema from "@/lib/platform/auth/sign-in-schema";
import { parseAuditTrailQuery } from "@/lib/insight/audit-trail/filters";
import * as catalogue from "@/lib/policy/catalogue/schemas";
import * as commitments from "@/lib/year/commitments/schemas";
import * as teamCommitments from "@/lib/year/commitments/team-schemas";
import { offeredYears, parseCityFilters } from "@/lib/insight/dashboards/city-filters";
import { isRankBand } from "@/lib/insight/dashboards/rank-bands";
import * as routeParams from "@/lib/platform/dates/route-params";
import * as interviews from "@/lib/year/interviews/schemas";
import * as ojt from "@/lib/year/ojt/schemas";
import * as plans from "@/lib/year/plans/schemas";
import * as displayPreferences from "@/lib/platform/i18n/save-display-preference";
import * as programmes from "@/lib/records/programmes/schemas";
import * as records from "@/lib/records/schemas";
import * as attachmentForm from "@/lib/records/attachments/attachment-form";
import * as verifyRecord from "@/lib/records/verification/verify-record";
import * as countVerifiedOnly from "@/lib/insight/settings/set-count-verified-only";
import * as roleAssignments from "@/lib/people/roles/schemas";
import * as reminderSettings from "@/lib/insight/settings/reminder-settings";
import * as staffSearch from "@/lib/people/staff/schemas";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { parseTeamViewParams } from "@/lib/people/team/view-params";
import * as trainingApplications from "@/lib/records/training-applications/schemas";
import * as transfers from "@/lib/people/transfers/schemas";
import * as cycle from "@/lib/year/cycle/cycle-schemas";
import * as nameActing from "@/lib/people/acting-reviewers/name-acting-reviewer";
import * as planChanges from "@/lib/year/plans/plan-changes";
import * as attentionRules from "@/lib/insight/settings/attention-rules";
import * as retentionSettings from "@/lib/records/retention/retention-settings";
import * as achievementScale from "@/lib/year/year-end/achievement-scale";
import * as yearEnd from "@/lib/year/year-end/schemas";
import * as fields from "@/lib/platform/validation/fields";
import { fieldErrorsOf } from "@/lib/platform/validation/form-state";
import { resolvesFormKey, resolvesSchemaMessage } from "@/tests/support/fuzz/catalogue";
import { hostileKey, hostileString, hostileValue, prototypeKeys, withHostileKeys } from "@/tests/support/fuzz/hostile";
import { VALID_EXAMPLES } from "@/tests/support/fuzz/valid-examples";
import { fieldNames, fieldSchema, type InputMode, limitViolations, plausible, takesText } from "@/tests/support/fuzz/zod-shape";

/**
 * Issue 8, "Bad input": every zod schema of lib/ meets random, oversized, wrong-typed and
 * hostile input. It must never throw, must answer with message keys the catalogue holds in both
 * languages, must never accept a value beyond its own declared limits, and must not let a key
 * such as __proto__ reach Object.prototype.
 *
 * fast-check seed 20260801 (fixed, so CI replays the same inputs; a failure prints seed and path
 * for `fc.assert(..., { seed, path })`).
 */
const SEED = 20260801;
const RUNS = 150;

// Several modules hold their schemas beside the operation that uses them, which imports the
// database client; the schemas never touch it, and a unit test must not need DATABASE_URL.
vi.mock("@/lib/platform/db/client", () => ({ db: {} }));

const PROTOTYPE_BEFORE = prototypeKeys();

/**
 * Every module of lib/ that exports zod schemas. `sections` are the message-catalogue sections
 * the module's forms look keys up in before the shared `validation` one (useFormFeedback's
 * `sections`, components/forms/use-form-feedback.ts). `internal` schemas never show their messages: their caller answers
 * "not found", a 404 or its own key, so only "never throws" and "within limits" apply to them.
 */
interface SchemaModule {
  exports: Record<string, unknown>;
  sections: readonly string[];
  internal?: readonly string[];
}

const MODULES: Record<string, SchemaModule> = {
  "lib/platform/validation/fields.ts": { exports: fields, sections: [] },
  "lib/year/plans/schemas.ts": { exports: plans, sections: [] },
  "lib/year/commitments/schemas.ts": { exports: commitments, sections: [] },
  "lib/year/commitments/team-schemas.ts": { exports: teamCommitments, sections: [] },
  "lib/policy/catalogue/schemas.ts": { exports: catalogue, sections: [] },
  "lib/records/schemas.ts": { exports: records, sections: ["records"], internal: ["recordRefSchema", "returnFiscalYearSchema"] },
  "lib/records/attachments/attachment-form.ts": { exports: attachmentForm, sections: ["verifiedRecords"] },
  // Hidden fields of the verify button: a forged value answers "not found".
  "lib/records/verification/verify-record.ts": { exports: verifyRecord, sections: [], internal: ["verifyRecordSchema"] },
  "lib/insight/settings/set-count-verified-only.ts": { exports: countVerifiedOnly, sections: [] },
  "lib/insight/settings/reminder-settings.ts": { exports: reminderSettings, sections: [] },
  // The handover note's and the cancel button's hidden ids: a forged value answers "not found".
  "lib/people/transfers/schemas.ts": { exports: transfers, sections: [] },
  "lib/year/ojt/schemas.ts": { exports: ojt, sections: ["ojt"], internal: ["ojtGoalMarkSchema"] },
  // The year's windows, a bureau's date, the reminder and the acting reviewer; the calendar's
  // hidden year and version answer "not found" when forged.
  "lib/year/cycle/cycle-schemas.ts": { exports: cycle, sections: ["cycle"], internal: ["calendarTarget"] },
  // The end button's hidden id and version: a forged value answers "not found".
  "lib/people/acting-reviewers/name-acting-reviewer.ts": { exports: nameActing, sections: [], internal: ["endActingReviewerSchema"] },
  "lib/records/programmes/schemas.ts": { exports: programmes, sections: ["programmes"] },
  // The rule being changed or removed: a forged id or version answers "not found" or a conflict.
  "lib/insight/settings/attention-rules.ts": {
    exports: attentionRules,
    sections: ["attentionRules"],
    internal: ["attentionRuleTarget", "attentionRuleDeleteTarget"],
  },
  // The plan's terms as approved, read back from the plan's own column: never a person's input.
  "lib/year/plans/plan-changes.ts": { exports: planChanges, sections: [], internal: ["planTermsSchema"] },
  // The settings as stored; the form's schema adds the version the officer loaded.
  "lib/records/retention/retention-settings.ts": { exports: retentionSettings, sections: ["retention"], internal: ["retentionSettingsSchema"] },
  "lib/year/year-end/achievement-scale.ts": {
    exports: achievementScale,
    sections: ["yearEnd"],
    internal: ["achievementScaleSchema", "achievementScaleSaveSchema"],
  },
  // The rating form's hidden commitment id and version: a forged value answers "not found".
  "lib/year/year-end/schemas.ts": { exports: yearEnd, sections: ["yearEnd"], internal: ["yearEndTargetSchema"] },
  "lib/year/interviews/schemas.ts": { exports: interviews, sections: ["interviews"] },
  "lib/records/training-applications/schemas.ts": { exports: trainingApplications, sections: ["trainingApplications"] },
  "lib/people/roles/schemas.ts": { exports: roleAssignments, sections: ["roleAdmin"], internal: ["revokeRoleSchema", "roleFilterSchema"] },
  "lib/platform/auth/sign-in-schema.ts": { exports: signInSchema, sections: ["signIn"], internal: ["passwordSignInSchema"] },
  "lib/platform/dates/route-params.ts": { exports: routeParams, sections: [], internal: ["fiscalYearParam", "idParam"] },
  // The search's query string: what cannot be a query asks nothing, no message is shown.
  "lib/people/staff/schemas.ts": { exports: staffSearch, sections: [], internal: ["staffSearchSchema"] },
  // The header's switches post one of two fixed values; anything else is ignored, never shown.
  "lib/platform/i18n/save-display-preference.ts": { exports: displayPreferences, sections: [], internal: ["displayPreferenceChangeSchema"] },
};

/** Modules that use zod without exporting a schema; their parsers are fuzzed further down. */
const PARSER_MODULES: Record<string, string> = {
  "lib/insight/audit-trail/filters.ts": "parseAuditTrailQuery",
  "lib/insight/dashboards/city-filters.ts": "parseCityFilters",
  "lib/people/team/view-params.ts": "parseTeamViewParams",
  "lib/insight/settings/young-staff-years.ts": "getYoungStaffYears",
  "lib/insight/settings/count-verified-only.ts": "getCountVerifiedOnly, a boolean or the default",
  "lib/records/attachments/attachment-upload.ts": "prepareAttachment, async (type by content): tests/integration/verified-records.test.ts",
  "lib/platform/env.ts": "the environment, validated at start-up (tests/unit/env.test.ts)",
  "lib/records/retention/save-retention-settings.ts": "the last run's counts, read back from its own audit row (tests/integration/retention.test.ts)",
};

interface SchemaCase {
  name: string;
  schema: z.ZodType;
  sections: readonly string[];
  shown: boolean;
}

const CASES: SchemaCase[] = [
  ...Object.entries(MODULES).flatMap(([file, entry]) =>
    Object.entries(entry.exports)
      .filter((pair): pair is [string, z.ZodType] => pair[1] instanceof z.ZodType)
      .map(([name, schema]) => ({ name: `${file}#${name}`, schema, sections: entry.sections, shown: !entry.internal?.includes(name) })),
  ),
  // The shared field factories, at their default limits and at the shortest one in use.
  ...[
    ["requiredText()", fields.requiredText()],
    ["requiredText(LIMITS.title)", fields.requiredText(fields.LIMITS.title)],
    ["optionalText()", fields.optionalText()],
    ["optionalText(20)", fields.optionalText(20)],
  ].map(([name, schema]) => ({ name: `lib/platform/validation/fields.ts#${name as string}`, schema: schema as z.ZodType, sections: [], shown: true })),
];

/**
 * Hidden inputs a person cannot type into. Their schemas set no message (zod's English default
 * stands), which only a forged request can trigger; fieldErrorsOf then maps the issue code to
 * `invalid`, `required` or `tooLong`, which the first property checks exist.
 */
const HIDDEN_EVERYWHERE = ["version"];
const HIDDEN_FIELDS: Record<string, readonly string[]> = {
  "lib/platform/validation/fields.ts#version": ["(root)"],
  "lib/policy/catalogue/schemas.ts#promotionPlanEditSchema": ["beforeStartFiscalYear", "beforeEndFiscalYear"],
  "lib/policy/catalogue/schemas.ts#retireSchema": ["kind"],
};

const LIB = path.resolve(import.meta.dirname, "../../lib");

function libSources(): { file: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated") walk(full);
      else if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(LIB);
  return files.map((full) => ({ file: path.relative(path.dirname(LIB), full), text: readFileSync(full, "utf8") }));
}

/** A valid example with one or a few of its fields replaced by near-limit or hostile values. */
function mutated(schema: z.ZodType, example: Record<string, unknown>, mode: InputMode = "any"): fc.Arbitrary<unknown> {
  const replacement = (name: string) => {
    const field = fieldSchema(schema, name);
    // A browser cannot put text where a helper (imagesFromForm…) builds a list or a boolean.
    if (mode === "typed" && !takesText(field)) return plausible(field, mode);
    return fc.oneof({ arbitrary: plausible(field, mode), weight: 3 }, { arbitrary: mode === "any" ? hostileValue : hostileString, weight: 1 });
  };
  const names = Object.keys(example);
  const one = fc.constantFrom(...names).chain((name) => replacement(name).map((value) => ({ ...example, [name]: value })));
  const some = fc.record(Object.fromEntries(names.map((name) => [name, fc.option(replacement(name), { freq: 3 })]))).map((changes) => ({
    ...example,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null)),
  }));
  return fc.oneof({ arbitrary: one, weight: 3 }, { arbitrary: some, weight: 2 });
}

const hostileInput = (schema: z.ZodType, example?: Record<string, unknown>): fc.Arbitrary<unknown> => {
  const names = fieldNames(schema);
  const realNamesHostileValues =
    names.length > 0 ? fc.record(Object.fromEntries(names.map((name) => [name, hostileValue])), { requiredKeys: [] }) : hostileValue;
  return fc.oneof(
    ...(example ? [{ arbitrary: mutated(schema, example), weight: 6 }] : []),
    { arbitrary: plausible(schema), weight: 4 },
    { arbitrary: realNamesHostileValues, weight: 2 },
    {
      arbitrary: fc
        .tuple(plausible(schema), hostileValue)
        .map(([value, payload]) =>
          typeof value === "object" && value !== null && !Array.isArray(value) ? withHostileKeys(value as Record<string, unknown>, payload) : value,
        ),
      weight: 1,
    },
    {
      arbitrary: fc.anything({
        maxDepth: 2,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withBoxedValues: true,
        withSparseArray: true,
      }),
      weight: 1,
    },
    { arbitrary: hostileValue, weight: 1 },
  );
};

function assertNotPolluted() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(PROTOTYPE_BEFORE);
}

describe("the schema table is complete", () => {
  const sources = libSources();
  // Server-action modules ("use server", lib/**/*-actions.ts) parse their forms with local
  // schemas; they are fuzzed whole, form by form, by tests/integration/actions-fuzz.test.ts.
  const usesZod = sources.filter(({ text }) => /^import \{[^}]*\bz\b[^}]*\} from "zod";/m.test(text) && !/^\s*["']use server["']/.test(text));

  it("covers every lib/ module that imports zod", () => {
    const known = new Set([...Object.keys(MODULES), ...Object.keys(PARSER_MODULES)]);
    expect(usesZod.map(({ file }) => file).filter((file) => !known.has(file))).toEqual([]);
  });

  it("covers every `export const <name> = z.` and every exported zod value", () => {
    const declared = sources.flatMap(({ file, text }) => [...text.matchAll(/^export const (\w+)\s*=\s*z\./gm)].map((match) => `${file}#${match[1]}`));
    const covered = new Set(CASES.map((entry) => entry.name));
    expect(declared.filter((name) => !covered.has(name))).toEqual([]);
    // Schemas built from others (`= targetImageEditSchema`, `.extend(...)`) are found by value.
    for (const [file, entry] of Object.entries(MODULES)) {
      const exported = sources.find((source) => source.file === file)?.text ?? "";
      for (const [, name = ""] of exported.matchAll(/^export const (\w+)\s*=/gm)) {
        if (entry.exports[name] instanceof z.ZodType) expect(covered.has(`${file}#${name}`), name).toBe(true);
      }
    }
    expect(Object.keys(VALID_EXAMPLES).filter((name) => !covered.has(name))).toEqual([]);
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });
});

describe.each(CASES.map((entry) => [entry.name, entry] as const))("%s", (name, { schema, sections, shown }) => {
  const example = VALID_EXAMPLES[name];

  it.runIf(example)("accepts its valid example (the fuzzer's starting point)", () => {
    const parsed = schema.safeParse(example);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(Object.keys(example ?? {}).filter((field) => !fieldNames(schema).includes(field))).toEqual([]);
  });

  it(`safeParse never throws, keeps its limits and answers catalogue keys (seed ${SEED})`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostileInput(schema, example), (input) => {
        const result = schema.safeParse(input);
        if (result.success) {
          accepted++;
          expect(limitViolations(schema, result.data)).toEqual([]);
        } else {
          expect(result.error.issues.length).toBeGreaterThan(0);
          // A key-shaped message must exist: a typo would show the raw key to the person.
          const keyShaped = result.error.issues.map((issue) => issue.message).filter((message) => message.startsWith("validation."));
          expect(keyShaped.filter((message) => !resolvesSchemaMessage(message, sections))).toEqual([]);
          if (shown) {
            // What the form shows: fieldErrorsOf's key, looked up like the form's hook does.
            const lookup = ["validation", ...sections.map((section) => `${section}.validation`)];
            const unresolved = Object.entries(fieldErrorsOf(result.error)).filter(([, key]) => !resolvesFormKey(key, lookup));
            expect(unresolved).toEqual([]);
          }
        }
        assertNotPolluted();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Otherwise "keeps its limits" was never tested (fast-check also replays shrunk inputs, so
    // this counts at least the runs).
    if (example) expect(accepted).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!shown)("sets a catalogue key on every issue that typed input can raise", () => {
    // Collected over a sample rather than stopped at the first, so that a failure lists every
    // field whose schema falls back to zod's English default message.
    const hidden = new Set([...HIDDEN_EVERYWHERE, ...(HIDDEN_FIELDS[name] ?? [])]);
    const offenders = new Set<string>();
    const typed = example ? fc.oneof(mutated(schema, example, "typed"), plausible(schema, "typed")) : plausible(schema, "typed");
    for (const input of fc.sample(typed, { seed: SEED, numRuns: RUNS })) {
      const result = schema.safeParse(input);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const field = issue.path.join(".") || "(root)";
        if (!hidden.has(field) && !resolvesSchemaMessage(issue.message, sections)) offenders.add(`${field} [${issue.code}] ${issue.message}`);
      }
    }
    expect([...offenders].sort()).toEqual([]);
  });
});

describe("URL and setting parsers built on zod", () => {
  const params = fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        "actor",
        "subject",
        "action",
        "entity",
        "from",
        "to",
        "before",
        "fy",
        "plan",
        "bureau",
        "measure",
        "job",
        "rank",
        "young",
        "unit",
        "page",
      ),
      hostileKey,
    ),
    fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.constant(undefined)),
    { maxKeys: 8 },
  );

  it(`parseAuditTrailQuery answers filters or null, never throws (seed ${SEED})`, () => {
    fc.assert(
      fc.property(params, (query) => {
        const filters = parseAuditTrailQuery(query);
        if (filters) {
          for (const text of [filters.actorStaffNumber, filters.subjectStaffNumber, filters.action, filters.entity])
            expect((text ?? "").length).toBeLessThanOrEqual(100);
          for (const day of [filters.from, filters.to]) if (day) expect(day.year).toBeGreaterThanOrEqual(1990);
          if (filters.before !== undefined) expect(filters.before >= 0n && filters.before < 10n ** 19n).toBe(true);
        }
        assertNotPolluted();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it(`parseCityFilters drops what does not parse, never throws (seed ${SEED})`, () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 2015, max: 2040 }), (query, current) => {
        const filters = parseCityFilters(query, current);
        expect(offeredYears(current)).toContain(filters.fiscalYear);
        for (const id of [filters.promotionPlanId, filters.bureauId, filters.measureId])
          if (id !== undefined) expect(Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647).toBe(true);
        expect((filters.jobCategory ?? "").length).toBeLessThanOrEqual(100);
        if (filters.rankBand !== undefined) expect(isRankBand(filters.rankBand)).toBe(true);
        expect(typeof filters.youngOnly).toBe("boolean");
        assertNotPolluted();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it(`parseTeamViewParams drops what does not parse, never throws (seed ${SEED})`, () => {
    fc.assert(
      fc.property(params, (query) => {
        const { unitId, page } = parseTeamViewParams(query);
        if (unitId !== null) expect(Number.isSafeInteger(unitId) && unitId > 0 && unitId <= 2_147_483_647).toBe(true);
        expect(Number.isSafeInteger(page) && page >= 1 && page <= 10_000).toBe(true);
        assertNotPolluted();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it(`getYoungStaffYears reads any stored value as 1..40 years (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(hostileValue), async (value) => {
        const years = await getYoungStaffYears({ setting: { findUnique: async () => (value === null ? null : { value }) } } as never);
        expect(Number.isInteger(years) && years >= 1 && years <= 40).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("prototype pollution", () => {
  it("left Object.prototype as it was after every run above", () => {
    assertNotPolluted();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
