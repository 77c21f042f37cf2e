import { readFile } from "node:fs/promises";
import path from "node:path";
import type * as DMMF from "@prisma/dmmf";
// @prisma/internals is CommonJS whose exports Node cannot detect statically, so a named
// ESM import fails at run time; the default import is module.exports.
import internals from "@prisma/internals";
import type { DbCheck, DbIndex, DbSnapshot } from "./schema-introspection";

/**
 * Compares schema.prisma (through Prisma's own parser, the DMMF) with what a database really
 * holds (pg_catalog), and returns every difference as a sentence instead of asserting, so that
 * a test can prove the comparison notices a broken database as well as pass a correct one.
 * Covers what this project's schema uses: one `public` schema, no views, no implicit
 * many-to-many relations (their join tables would be reported as tables not in the schema).
 * A Prisma or @db.* type it does not know is reported as a difference, never skipped.
 */

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

export type Area = "tables" | "columns" | "enums" | "primary keys" | "uniques" | "indexes" | "foreign keys" | "checks";
export const AREAS: readonly Area[] = ["tables", "columns", "enums", "primary keys", "uniques", "indexes", "foreign keys", "checks"];

export interface Difference {
  area: Area;
  message: string;
}

export async function loadDatamodel(schemaPath = SCHEMA_PATH): Promise<DMMF.Datamodel> {
  const document = await internals.getDMMF({ datamodel: await readFile(schemaPath, "utf8") });
  return document.datamodel;
}

/** The partial indexes' predicates of schema.prisma (see partialIndexPredicates). */
export async function loadPartialIndexPredicates(schemaPath = SCHEMA_PATH) {
  return partialIndexPredicates(await readFile(schemaPath, "utf8"));
}

/** The CHECK constraints written in schema.prisma's comments (see checkConstraints). */
export async function loadCheckConstraints(datamodel: DMMF.Datamodel, schemaPath = SCHEMA_PATH) {
  return checkConstraints(await readFile(schemaPath, "utf8"), datamodel);
}

const tableOf = (model: DMMF.Model) => model.dbName ?? model.name;
const columnOf = (field: DMMF.Field) => field.dbName ?? field.name;
const enumDbName = (e: DMMF.DatamodelEnum) => e.dbName ?? e.name;
const list = (items: readonly string[]) => items.join(", ");

/** The column type as format_type() renders it, from the Prisma type and its @db.* native type. */
function expectedType(field: DMMF.Field, enums: readonly DMMF.DatamodelEnum[]): string {
  const suffix = field.isList ? "[]" : "";
  if (field.kind === "enum") {
    const e = enums.find((candidate) => candidate.name === field.type);
    return `enum:${e ? enumDbName(e) : field.type}${suffix}`;
  }
  const [native, args = []] = field.nativeType ?? [];
  const withArgs = (name: string) => (args.length > 0 ? `${name}(${args.join(",")})` : name);
  const timeWith = (base: string, zone: string) => `${args.length > 0 ? `${base}(${args.join(",")})` : base} ${zone} time zone`;
  const natives: Record<string, string> = {
    Text: "text",
    VarChar: withArgs("character varying"),
    Char: withArgs("character"),
    Uuid: "uuid",
    Citext: "citext",
    Xml: "xml",
    Inet: "inet",
    Bit: withArgs("bit"),
    VarBit: withArgs("bit varying"),
    Integer: "integer",
    SmallInt: "smallint",
    Oid: "oid",
    BigInt: "bigint",
    DoublePrecision: "double precision",
    Real: "real",
    Decimal: withArgs("numeric"),
    Money: "money",
    Timestamp: timeWith("timestamp", "without"),
    Timestamptz: timeWith("timestamp", "with"),
    Date: "date",
    Time: timeWith("time", "without"),
    Timetz: timeWith("time", "with"),
    Json: "json",
    JsonB: "jsonb",
    ByteA: "bytea",
    Boolean: "boolean",
  };
  const defaults: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Boolean: "boolean",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Float: "double precision",
    Decimal: "numeric(65,30)",
    Bytes: "bytea",
  };
  // An unknown type yields a type no column has, so the test fails and names it.
  const type = native ? natives[native] : defaults[field.type];
  return (type ?? `<comparator does not know ${field.type}${native ? ` @db.${native}` : ""}>`) + suffix;
}

/** The default as PostgreSQL reports it, "sequence" for autoincrement, undefined where not comparable. */
function expectedDefault(field: DMMF.Field, enums: readonly DMMF.DatamodelEnum[]): string | null | undefined {
  const value = field.default;
  if (value === undefined) return null;
  if (Array.isArray(value)) return undefined; // list defaults: rendered as ARRAY[...] casts, not worth parsing
  if (typeof value === "object") {
    const fn = value as DMMF.FieldDefault;
    if (fn.name === "autoincrement") return "sequence";
    if (fn.name === "now") return "CURRENT_TIMESTAMP";
    if (fn.name === "dbgenerated") return typeof fn.args[0] === "string" ? fn.args[0] : undefined;
    if (["uuid", "cuid", "nanoid", "ulid"].includes(fn.name)) return null; // made by the client
    return undefined;
  }
  if (field.kind === "enum") {
    const e = enums.find((candidate) => candidate.name === field.type);
    return e?.values.find((v) => v.name === value)?.dbName ?? String(value);
  }
  return String(value);
}

/** `'EMPLOYEE'::"Role"` → `EMPLOYEE`, `'-1'::integer` → `-1`; a nextval(...) → "sequence". */
function normaliseDefault(expression: string | null): string | null {
  if (expression === null) return null;
  if (/^nextval\('[^']+'::regclass\)$/.test(expression)) return "sequence";
  const literal = /^'((?:[^']|'')*)'::[^']+$/s.exec(expression);
  return literal?.[1] !== undefined ? literal[1].replaceAll("''", "'") : expression;
}

interface IndexSpec {
  table: string;
  name: string;
  columns: string[];
  opclasses: string[];
  descending: boolean[];
  method: string;
  predicate: string | null;
}

/**
 * The DMMF leaves out a partial index's `where: raw("...")`, so it is read from the schema's
 * text, by the index's `map:` name (a partial index without one is reported: it could not be
 * matched). Predicates are compared without parentheses and case, as PostgreSQL prints them
 * back normalised ("(verified_at IS NULL)").
 */
export function partialIndexPredicates(schemaText: string): { byName: Map<string, string>; unnamed: number } {
  const byName = new Map<string, string>();
  let unnamed = 0;
  for (const line of schemaText.split("\n")) {
    const where = /where:\s*raw\("((?:[^"\\]|\\.)*)"\)/.exec(line);
    if (!where?.[1]) continue;
    const map = /map:\s*"([^"]+)"/.exec(line);
    if (map?.[1]) byName.set(map[1], where[1].replace(/\\"/g, '"'));
    else unnamed += 1;
  }
  return { byName, unnamed };
}

export interface CheckSpec {
  table: string;
  name: string;
  expression: string;
}

/**
 * Prisma has no CHECK constraints, so each one is written inside its model as a comment line,
 * `// @@check(map: "name", raw("expression"))`, and read from the schema's text here. A comment
 * that starts with @@check but does not parse (or stands outside a model) is returned as
 * malformed and reported, never skipped.
 */
export function checkConstraints(schemaText: string, datamodel: DMMF.Datamodel): { specs: CheckSpec[]; malformed: string[] } {
  const specs: CheckSpec[] = [];
  const malformed: string[] = [];
  let model: DMMF.Model | undefined;
  for (const line of schemaText.split("\n")) {
    const opens = /^model\s+(\w+)\s*\{/.exec(line);
    if (opens) model = datamodel.models.find((candidate) => candidate.name === opens[1]);
    else if (/^\}/.test(line)) model = undefined;
    if (!/^\s*\/\/\s*@@check/.test(line)) continue; // prose that mentions it is not one
    const check = /^\s*\/\/\s*@@check\(map:\s*"([^"]+)",\s*raw\("((?:[^"\\]|\\.)*)"\)\)\s*$/.exec(line);
    if (!check?.[1] || !check[2] || !model) malformed.push(line.trim());
    else specs.push({ table: tableOf(model), name: check[1], expression: check[2].replace(/\\"/g, '"') });
  }
  return { specs, malformed };
}

const normalisedPredicate = (predicate: string | null) =>
  predicate
    ?.replace(/[()\s]+/g, " ")
    .trim()
    .toLowerCase() ?? null;

function label(spec: { table: string; columns: readonly string[] }) {
  return `${spec.table}(${list(spec.columns)})`;
}

/** Matches expected and actual indexes by table and ordered columns, then compares the details. */
function compareIndexes(area: Area, expected: IndexSpec[], actual: DbIndex[], out: Difference[]) {
  const key = (spec: { table: string; columns: readonly string[] }) => `${spec.table}(${spec.columns.join("\u0000")})`;
  const remaining = new Map(actual.map((index) => [key(index), index]));
  for (const spec of expected) {
    const found = remaining.get(key(spec));
    if (!found) {
      out.push({ area, message: `${label(spec)}: missing in the database (schema expects "${spec.name}")` });
      continue;
    }
    remaining.delete(key(spec));
    const where = label(spec);
    // Prisma shortens generated names past PostgreSQL's 63 bytes; those are not re-derived here.
    if (spec.name.length <= 63 && found.name !== spec.name) out.push({ area, message: `${where}: named "${found.name}", schema expects "${spec.name}"` });
    if (found.method !== spec.method) out.push({ area, message: `${where}: method ${found.method}, schema expects ${spec.method}` });
    if (normalisedPredicate(found.predicate) !== normalisedPredicate(spec.predicate)) {
      out.push({ area, message: `${where}: WHERE ${found.predicate ?? "(none)"} in the database, schema expects WHERE ${spec.predicate ?? "(none)"}` });
    }
    if (found.opclasses.join() !== spec.opclasses.join()) {
      const show = (opclasses: string[]) => `[${list(opclasses.map((o) => o || "default"))}]`;
      out.push({ area, message: `${where}: operator classes ${show(found.opclasses)}, schema expects ${show(spec.opclasses)}` });
    }
    if (found.descending.join() !== spec.descending.join()) {
      out.push({ area, message: `${where}: descending flags [${found.descending.join()}], schema expects [${spec.descending.join()}]` });
    }
  }
  for (const extra of remaining.values()) {
    out.push({ area, message: `${label(extra)}: "${extra.name}" exists in the database but not in the schema` });
  }
}

/**
 * A CHECK from the schema, with its expression as PostgreSQL prints it back (see
 * renderCheckDefinitions), so that the comparison is exact rather than a textual guess.
 */
export interface ExpectedCheck extends CheckSpec {
  definition: string;
}

export function compareSchema(
  datamodel: DMMF.Datamodel,
  db: DbSnapshot,
  predicates = partialIndexPredicates(""),
  checks: { specs: readonly ExpectedCheck[]; malformed: readonly string[] } = { specs: [], malformed: [] },
): Difference[] {
  const out: Difference[] = [];
  if (predicates.unnamed > 0)
    out.push({ area: "indexes", message: `${predicates.unnamed} partial index(es) in the schema without map: (their predicate cannot be compared)` });
  const models = new Map(datamodel.models.map((model) => [model.name, model]));

  // (a) tables
  const expectedTables = new Set(datamodel.models.map(tableOf));
  for (const table of expectedTables) {
    if (!db.tables.includes(table)) out.push({ area: "tables", message: `${table}: in the schema, missing in the database` });
  }
  for (const table of db.tables) {
    if (!expectedTables.has(table)) out.push({ area: "tables", message: `${table}: in the database, not in the schema` });
  }

  // (b) columns: set, type, nullability, default
  for (const model of datamodel.models) {
    const table = tableOf(model);
    if (!db.tables.includes(table)) continue; // already reported
    const actual = new Map(db.columns.filter((c) => c.table === table).map((c) => [c.name, c]));
    for (const field of model.fields.filter((f) => f.kind !== "object")) {
      const name = `${table}.${columnOf(field)}`;
      const column = actual.get(columnOf(field));
      if (!column) {
        out.push({ area: "columns", message: `${name}: missing in the database (field ${model.name}.${field.name})` });
        continue;
      }
      actual.delete(columnOf(field));
      const type = expectedType(field, datamodel.enums);
      if (field.kind !== "unsupported" && column.type !== type) {
        out.push({ area: "columns", message: `${name}: type is ${column.type}, schema expects ${type}` });
      }
      // A list column is NOT NULL too: Prisma lists are never null, only empty.
      const required = field.isRequired || field.isList;
      if (column.notNull !== required) {
        out.push({
          area: "columns",
          message: `${name}: ${column.notNull ? "NOT NULL" : "nullable"} in the database, schema says ${required ? "required" : "optional"}`,
        });
      }
      const wanted = expectedDefault(field, datamodel.enums);
      const present = normaliseDefault(column.default);
      if (wanted !== undefined && present !== wanted) {
        const show = (v: string | null) => (v === null ? "no default" : v === "sequence" ? "a sequence (autoincrement)" : `default ${v}`);
        out.push({ area: "columns", message: `${name}: has ${show(present)}, schema expects ${show(wanted)}` });
      }
    }
    for (const extra of actual.keys()) {
      out.push({ area: "columns", message: `${table}.${extra}: in the database, not in the schema` });
    }
  }

  // (c) enums, by their database names and labels (@map on a value renames the label)
  const expectedEnums = new Map(datamodel.enums.map((e) => [enumDbName(e), e.values.map((v) => v.dbName ?? v.name)]));
  for (const [name, labels] of expectedEnums) {
    const present = db.enums.get(name);
    if (!present) out.push({ area: "enums", message: `${name}: missing in the database` });
    else if ([...present].sort().join() !== [...labels].sort().join()) {
      out.push({ area: "enums", message: `${name}: labels [${list(present)}], schema expects [${list(labels)}]` });
    }
  }
  for (const name of db.enums.keys()) {
    if (!expectedEnums.has(name)) out.push({ area: "enums", message: `${name}: in the database, not in the schema` });
  }

  // (d)–(f) primary keys, uniques and indexes, named by Prisma's conventions unless map: is given
  const specs = (type: DMMF.IndexType, suffix: string): IndexSpec[] =>
    datamodel.indexes
      .filter((index) => index.type === type)
      .map((index) => {
        const model = models.get(index.model);
        const table = model ? tableOf(model) : index.model;
        const columns = index.fields.map((f) => {
          const field = model?.fields.find((candidate) => candidate.name === f.name);
          return field ? columnOf(field) : f.name;
        });
        return {
          table,
          columns,
          name: index.dbName ?? (type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`),
          // ops: raw("text_pattern_ops") arrives as is, ops: JsonbPathOps as CamelCase.
          opclasses: index.fields.map((f) => f.operatorClass?.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase() ?? ""),
          descending: index.fields.map((f) => f.sortOrder === "desc"),
          method: index.algorithm?.toLowerCase() ?? "btree",
          predicate: index.dbName ? (predicates.byName.get(index.dbName) ?? null) : null,
        };
      });
  compareIndexes(
    "primary keys",
    specs("id", "pkey"),
    db.indexes.filter((i) => i.primary),
    out,
  );
  compareIndexes(
    "uniques",
    specs("unique", "key"),
    db.indexes.filter((i) => i.unique && !i.primary),
    out,
  );
  compareIndexes(
    "indexes",
    specs("normal", "idx"),
    db.indexes.filter((i) => !i.unique),
    out,
  );

  // (g) foreign keys. Names are not compared: the DMMF does not expose @relation(map: ...).
  const remaining = [...db.foreignKeys];
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = models.get(field.type);
      const toColumn = (owner: DMMF.Model | undefined) => (name: string) => {
        const f = owner?.fields.find((candidate) => candidate.name === name);
        return f ? columnOf(f) : name;
      };
      const spec = {
        table: tableOf(model),
        columns: field.relationFromFields.map(toColumn(model)),
        refTable: target ? tableOf(target) : field.type,
        refColumns: (field.relationToFields ?? []).map(toColumn(target)),
        // Prisma's defaults: SetNull when the relation is optional, Restrict when required.
        onDelete: field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull"),
        onUpdate: field.relationOnUpdate ?? "Cascade",
      };
      const where = `${label(spec)} → ${label({ table: spec.refTable, columns: spec.refColumns })} (${model.name}.${field.name})`;
      const at = remaining.findIndex((fk) => fk.table === spec.table && fk.columns.join() === spec.columns.join());
      const found = remaining[at];
      if (!found) {
        out.push({ area: "foreign keys", message: `${where}: missing in the database` });
        continue;
      }
      remaining.splice(at, 1);
      if (found.refTable !== spec.refTable || found.refColumns.join() !== spec.refColumns.join()) {
        out.push({ area: "foreign keys", message: `${where}: references ${label({ table: found.refTable, columns: found.refColumns })} in the database` });
      }
      if (found.onDelete !== spec.onDelete)
        out.push({ area: "foreign keys", message: `${where}: ON DELETE ${found.onDelete}, schema expects ${spec.onDelete}` });
      if (found.onUpdate !== spec.onUpdate)
        out.push({ area: "foreign keys", message: `${where}: ON UPDATE ${found.onUpdate}, schema expects ${spec.onUpdate}` });
    }
  }
  for (const extra of remaining) {
    out.push({
      area: "foreign keys",
      message: `${label(extra)} → ${label({ table: extra.refTable, columns: extra.refColumns })}: "${extra.name}" exists in the database but not in the schema`,
    });
  }

  // (h) CHECK constraints, by table and name
  compareChecks(checks.specs, db.checks, checks.malformed, out);
  return out;
}

function compareChecks(expected: readonly ExpectedCheck[], actual: readonly DbCheck[], malformed: readonly string[], out: Difference[]) {
  for (const line of malformed) out.push({ area: "checks", message: `unreadable @@check comment in the schema: ${line}` });
  const key = (check: { table: string; name: string }) => `${check.table}\u0000${check.name}`;
  const remaining = new Map(actual.map((check) => [key(check), check]));
  for (const spec of expected) {
    const found = remaining.get(key(spec));
    if (!found) {
      out.push({ area: "checks", message: `${spec.table}: "${spec.name}" missing in the database` });
      continue;
    }
    remaining.delete(key(spec));
    if (found.definition !== spec.definition) {
      out.push({ area: "checks", message: `${spec.table}: "${spec.name}" is ${found.definition} in the database, schema expects ${spec.definition}` });
    }
  }
  for (const extra of remaining.values()) {
    out.push({ area: "checks", message: `${extra.table}: "${extra.name}" exists in the database but not in the schema` });
  }
}
