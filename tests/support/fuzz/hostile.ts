import fc from "fast-check";

/**
 * Input a browser never sends but anyone with curl can: what the property tests throw at the
 * schemas and the server actions. Shared so that both files attack with the same catalogue.
 */

const MEGABYTE = 1 << 20;

// Built once: growing a random 1 MB string on every run would cost fast-check seconds per schema.
export const HUGE_STRINGS: readonly string[] = [
  "a".repeat(MEGABYTE),
  "１".repeat(MEGABYTE),
  ` ${"x".repeat(MEGABYTE)} `,
  "\0".repeat(MEGABYTE),
  `=${"A1+".repeat(MEGABYTE / 3)}`,
  "2026-04-01".repeat(MEGABYTE / 10),
];

/** Strings that have broken parsers, databases or spreadsheets somewhere. */
export const NASTY_STRINGS: readonly string[] = [
  "",
  " ",
  "\u3000", // ideographic space: not trimmed by every trim
  "\0",
  "a\0b",
  "\uD800", // lone high surrogate
  "x\uDC00", // lone low surrogate
  "\u202Eevil\u202C", // right-to-left override
  "\u200F\u200E",
  "\u200B",
  "\uFEFF",
  "１２３",
  "２０２６",
  "２０２６-０４-０１",
  "-0",
  "1e308",
  "1e400",
  "Infinity",
  "-Infinity",
  "NaN",
  "0x10",
  "0b11",
  " 1 ",
  "1.5",
  "0.5",
  "9007199254740993",
  "2147483647",
  "2147483648",
  "-1",
  "0",
  "1",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "2026-4-1",
  "=SUM(A1:A9)",
  "+1",
  "-1+1",
  "@cmd",
  "\t=1",
  "\r=1",
  " =1",
  "＝1",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "on",
  "true",
  "false",
  "null",
  "undefined",
  "[object Object]",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "${jndi:ldap://x}",
  "../../etc/passwd",
  "😀",
  "e\u0301",
  "\r\n",
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any string a client could send, weighted towards the ones that break things. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: loneSurrogate, maxLength: 4 }), weight: 1 },
  {
    arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 8 })).map((parts) => parts.join("")),
    weight: 2,
  },
  { arbitrary: fc.integer().map((n) => String(n)), weight: 1 },
  { arbitrary: fc.double().map((n) => String(n)), weight: 1 },
  { arbitrary: fc.constantFrom(...HUGE_STRINGS), weight: 1 },
);

/** Objects whose keys try to reach the prototype chain. */
export function withHostileKeys(base: Record<string, unknown>, payload: unknown): Record<string, unknown> {
  const target: Record<string, unknown> = { ...base };
  // defineProperty, so that "__proto__" becomes an own key (as JSON.parse makes it) instead of
  // replacing this object's prototype.
  for (const key of ["__proto__", "constructor", "prototype"]) {
    Object.defineProperty(target, key, { value: payload, enumerable: true, writable: true, configurable: true });
  }
  return target;
}

const pollutingPayload = fc.constantFrom<unknown>(
  { polluted: "yes" },
  { prototype: { polluted: "yes" } },
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  "polluted",
);

export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.dictionary(
      hostileString.filter((key) => key.length < 64),
      fc.string(),
      { maxKeys: 3 },
    ),
    pollutingPayload,
  )
  .map(([base, payload]) => withHostileKeys(base, payload));

/** Any value a parser could be handed: hostile strings, the wrong type, or structure. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt(), fc.boolean(), fc.constant(null), fc.constant(undefined)), weight: 2 },
  { arbitrary: fc.array(hostileString, { maxLength: 3 }), weight: 1 },
  { arbitrary: hostileObject, weight: 1 },
  {
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
    weight: 1,
  },
);

/** A field name a form never has, including ones aimed at the prototype. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "$ACTION_ID_x", "$ACTION_REF_1", "toString", "hasOwnProperty", ""),
  fc.string({ unit: "binary", maxLength: 12 }),
);

/** Full-width digits: what a Japanese IME types when the person forgets to switch it off. */
export const toFullWidthDigits = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));

/** Own property names of Object.prototype, to notice pollution that adds one. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
