import type pg from "pg";
import { type Day, type Instant, isoDay } from "./dates";

/**
 * Batched writes for the city dataset: rows are collected per table, column by column, and sent
 * as one `INSERT … SELECT … FROM unnest($1::int4[], $2::text[], …)` per few thousand rows, so
 * PostgreSQL parses and plans one statement per batch instead of one per row. Each column
 * travels as a single array literal, built here in one pass over its values, and the next batch
 * is generated while PostgreSQL is still inserting the previous one.
 */

/** How a column's values are held in JS and which array type they are cast to. */
export type ColumnType =
  | "int" // number | null
  | "text" // string | null
  | "bool" // boolean
  | "date" // Day | null
  | "timestamp" // Instant | null
  | "numeric" // number | null
  | "jsonb" // JSON text
  | { enum: string }; // string, cast to the named PostgreSQL enum

interface ValueOf {
  int: number | null;
  text: string | null;
  bool: boolean;
  date: Day | null;
  timestamp: Instant | null;
  numeric: number | null;
  jsonb: string;
}
type JsOf<T extends ColumnType> = T extends keyof ValueOf ? ValueOf[T] : string;

export type RowOf<S extends Record<string, ColumnType>> = { [K in keyof S]: JsOf<S[K]> };

const BATCH_ROWS = 8_000;
/** Batches queued on the connection before generation waits: enough to keep both busy. */
const MAX_IN_FLIGHT = 2;

function sqlArrayType(type: ColumnType): string {
  if (typeof type === "object") return `"${type.enum}"[]`;
  return { int: "int4[]", text: "text[]", bool: "bool[]", date: "date[]", timestamp: "float8[]", numeric: "numeric[]", jsonb: "jsonb[]" }[type];
}

/** Instants travel as epoch milliseconds (cheaper to write than text) and become UTC timestamps here. */
function sqlValue(type: ColumnType, column: string): string {
  return type === "timestamp" ? `to_timestamp(${column} / 1000) AT TIME ZONE 'UTC'` : column;
}

const quoted = new Map<string, string>();

/** Quoted for an array literal; memoised, as most texts come from small pools and repeat. */
function quote(text: string): string {
  let literal = quoted.get(text);
  if (literal === undefined) {
    literal = `"${text.replace(/["\\]/g, "\\$&")}"`;
    if (quoted.size < 200_000) quoted.set(text, literal);
  }
  return literal;
}

/** One element of an array literal; NULL unquoted, text always quoted. */
function encoder(type: ColumnType): (value: unknown) => string {
  if (typeof type === "object") return (value) => quote(value as string);
  switch (type) {
    case "int":
    case "numeric":
      return (value) => (value === null ? "NULL" : String(value as number));
    case "bool":
      return (value) => (value ? "t" : "f");
    case "date":
      return (value) => (value === null ? "NULL" : isoDay(value as Day));
    case "timestamp":
      return (value) => (value === null ? "NULL" : String(value as Instant));
    case "text":
    case "jsonb":
      return (value) => (value === null ? "NULL" : quote(value as string));
  }
}

/** The connection a load writes through, with the batches still being executed. */
export class BulkLoader {
  private readonly inFlight = new Set<Promise<unknown>>();
  private failure: unknown = null;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly writers: TableWriter<Record<string, ColumnType>>[] = [];

  constructor(readonly client: pg.Client) {}

  /** Registered in dependency order: parents first, so flushAll never breaks a foreign key. */
  table<S extends Record<string, ColumnType>>(table: string, columns: S, parents: readonly TableWriter<Record<string, ColumnType>>[] = []): TableWriter<S> {
    const writer = new TableWriter(this, table, columns, parents);
    this.writers.push(writer as unknown as TableWriter<Record<string, ColumnType>>);
    return writer;
  }

  send(name: string, text: string, values: string[]): void {
    // Each batch goes out when the one before it is done (pg wants one query at a time per
    // connection); meanwhile the generator goes on building the next. Named, so that
    // PostgreSQL plans each table's INSERT once per connection.
    const query = this.tail
      .then(() => (this.failure === null ? this.client.query({ name, text, values }) : undefined))
      .then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= error;
        },
      );
    this.tail = query;
    this.inFlight.add(query);
    void query.finally(() => this.inFlight.delete(query));
  }

  /** Lets PostgreSQL catch up with the generator; rethrows the first failed batch. */
  async settle(maxInFlight = MAX_IN_FLIGHT): Promise<void> {
    while (this.inFlight.size > maxInFlight) await Promise.race(this.inFlight);
    if (this.failure !== null) throw this.failure;
  }

  /** Writes every pending row of every table and waits until PostgreSQL has them all. */
  async flushAll(): Promise<void> {
    for (const writer of this.writers) writer.flush();
    await this.settle(0);
  }

  /** Rows written per table so far (pending ones included). */
  counts(): Record<string, number> {
    return Object.fromEntries(this.writers.map((writer) => [writer.table, writer.count]));
  }

  /** Moves each serial id sequence past the ids this load chose itself. */
  async syncSequences(): Promise<void> {
    for (const writer of this.writers) {
      if (!writer.hasSerialId || writer.count === 0) continue;
      await this.client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM "${writer.table}"))`, [`"${writer.table}"`]);
    }
  }
}

/**
 * The pending rows of one table. Ids of serial tables are handed out here (from 1: a load starts
 * from empty tables) so that children can point at rows not yet written; a table's parents are
 * flushed before it, so every foreign key finds its row, batch by batch.
 */
export class TableWriter<S extends Record<string, ColumnType>> {
  private readonly names: (keyof S & string)[];
  private readonly encoders: ((value: unknown) => string)[];
  private readonly buffers: unknown[][];
  private readonly text: string;
  private pending = 0;
  private lastId = 0;
  count = 0;
  readonly hasSerialId: boolean;

  constructor(
    private readonly loader: BulkLoader,
    readonly table: string,
    columns: S,
    private readonly parents: readonly TableWriter<Record<string, ColumnType>>[],
  ) {
    this.names = Object.keys(columns);
    const types = this.names.map((name) => columns[name] as ColumnType);
    this.encoders = types.map(encoder);
    this.buffers = this.names.map(() => []);
    this.hasSerialId = this.names.includes("id") && columns.id === "int";
    const list = this.names.map((name) => `"${name}"`).join(", ");
    const arrays = types.map((type, i) => `$${i + 1}::${sqlArrayType(type)}`).join(", ");
    const values = types.map((type, i) => sqlValue(type, `v.c${i + 1}`)).join(", ");
    const aliases = types.map((_, i) => `c${i + 1}`).join(", ");
    this.text = `INSERT INTO "${table}" (${list}) SELECT ${values} FROM unnest(${arrays}) AS v(${aliases})`;
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  add(row: RowOf<S>): void {
    for (let i = 0; i < this.names.length; i++) this.buffers[i]?.push(row[this.names[i] as keyof S]);
    this.pending += 1;
    this.count += 1;
    if (this.pending >= BATCH_ROWS) this.flush();
  }

  flush(): void {
    for (const parent of this.parents) parent.flush();
    if (this.pending === 0) return;
    const values = this.buffers.map((buffer, i) => {
      const encode = this.encoders[i] as (value: unknown) => string;
      let literal = "{";
      for (let k = 0; k < buffer.length; k++) literal += (k === 0 ? "" : ",") + encode(buffer[k]);
      return `${literal}}`;
    });
    this.loader.send(`dataset_insert_${this.table}`, this.text, values);
    for (const buffer of this.buffers) buffer.length = 0;
    this.pending = 0;
  }
}
