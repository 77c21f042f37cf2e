import fc from "fast-check";
import { HUGE_STRINGS, hostileKey, hostileString } from "./hostile";

/**
 * Hostile FormData for server actions, as a list of entries so that fast-check prints (and
 * shrinks) a failing form readably. A File stands where text is expected now and then; a name
 * repeated becomes an array in formValues; a field left out is absent.
 */

export interface FileEntry {
  file: string;
  content: string;
}

export type EntryValue = string | FileEntry;
export type Entry = readonly [name: string, value: EntryValue];

/** A valid form for one action: field name → value (an array for a repeated name). */
export type BaseForm = Readonly<Record<string, EntryValue | readonly string[]>>;

const csvLike = fc
  .tuple(
    fc.array(
      fc.oneof(
        hostileString.filter((text) => text.length < 200),
        fc.constantFrom("職員番号", "氏名", "所属コード", "所属名", '=HYPERLINK("x")'),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([cells, rows]) => Array.from({ length: rows + 1 }, () => cells.join(",")).join("\r\n"));

export const fileValue: fc.Arbitrary<FileEntry> = fc.record({
  file: fc.constantFrom("import.csv", "x", "..\\..\\evil.csv", "名簿.csv"),
  content: fc.oneof(csvLike, hostileString, fc.constantFrom("", ...HUGE_STRINGS.slice(0, 2)), fc.constant("\uFEFF職員番号,氏名\r\n1,=1+1\r\n")),
});

/** What breaks a database or a serialiser rather than a parser: worth more runs than the rest. */
const breakers = fc.oneof(
  fc.constantFrom("\0", "a\0b", "\uD800", "x\uDFFF", "\u202E", ...HUGE_STRINGS),
  fc.tuple(fc.string({ maxLength: 6 }), fc.constantFrom("\0", "\uD800", "\uDC00"), fc.string({ maxLength: 6 })).map((parts) => parts.join("")),
);

export const hostileFieldValue: fc.Arbitrary<EntryValue> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: breakers, weight: 3 },
  { arbitrary: fileValue, weight: 1 },
);

function baseEntries(base: BaseForm): Entry[] {
  return Object.entries(base).flatMap(([name, value]): Entry[] =>
    Array.isArray(value) ? value.map((item: string) => [name, item] as const) : [[name, value as EntryValue]],
  );
}

/** One field of the valid form changed: replaced, sent twice, sent as a file, or left out. */
type Change = { kind: "replace" | "repeat"; value: EntryValue } | { kind: "drop" };

const change: fc.Arbitrary<Change> = fc.oneof(
  // Half the time a value that only the database (or JSON) refuses: NUL, a lone surrogate…
  { arbitrary: breakers.map((value): Change => ({ kind: "replace", value })), weight: 6 },
  { arbitrary: hostileFieldValue.map((value): Change => ({ kind: "replace", value })), weight: 6 },
  { arbitrary: hostileFieldValue.map((value): Change => ({ kind: "repeat", value })), weight: 1 },
  { arbitrary: fc.constant<Change>({ kind: "drop" }), weight: 1 },
);

function applyChanges(base: BaseForm, changes: Record<string, Change>): Entry[] {
  return baseEntries(base).flatMap(([name, value]): Entry[] => {
    const edit = changes[name];
    if (!edit) return [[name, value]];
    if (edit.kind === "drop") return [];
    if (edit.kind === "repeat")
      return [
        [name, value],
        [name, edit.value],
      ];
    return [[name, edit.value]];
  });
}

/**
 * Forms for an action: mostly its valid form with a few fields made hostile (so that the input
 * gets past the first checks and reaches the database), sometimes with extra fields aimed at the
 * prototype, sometimes nothing but noise under real and invented names.
 */
export function hostileForm(base: BaseForm): fc.Arbitrary<Entry[]> {
  const names = Object.keys(base);
  const realOrInvented = names.length > 0 ? fc.oneof(fc.constantFrom(...names), hostileKey) : hostileKey;
  const extra = fc.array(fc.tuple(realOrInvented, hostileFieldValue), { maxLength: 2 });
  const pollution = fc.tuple(
    fc.constantFrom("__proto__", "constructor", "prototype", "__proto__[polluted]", "constructor[prototype][polluted]"),
    fc.constantFrom("yes", '{"polluted":"yes"}'),
  );
  // One or two fields changed, the rest valid: enough to get past the form's other checks.
  const edited =
    names.length === 0
      ? fc.constant<Entry[]>([])
      : fc
          .uniqueArray(fc.tuple(fc.constantFrom(...names), change), { minLength: 1, maxLength: 2, selector: ([name]) => name })
          .map((changes) => applyChanges(base, Object.fromEntries(changes)));
  return fc.oneof(
    { arbitrary: fc.tuple(edited, extra).map(([entries, more]) => [...entries, ...more]), weight: 6 },
    { arbitrary: fc.tuple(edited, fc.array(pollution, { minLength: 1, maxLength: 2 })).map(([entries, more]) => [...entries, ...more]), weight: 1 },
    { arbitrary: fc.array(fc.tuple(realOrInvented, hostileFieldValue), { maxLength: 6 }), weight: 2 },
  );
}

export function toFormData(entries: readonly Entry[]): FormData {
  const formData = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === "string") formData.append(name, value);
    else formData.append(name, new File([value.content], value.file, { type: "text/csv" }));
  }
  return formData;
}

/** For the report: what was sent, with the megabyte strings shortened. */
export function describeForm(entries: readonly Entry[]): string {
  const show = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 40)}…(${text.length} chars)` : text);
  return entries
    .map(([name, value]) => `${show(name)}=${typeof value === "string" ? show(value) : `File(${show(value.file)}, ${show(value.content)})`}`)
    .join(" & ");
}
