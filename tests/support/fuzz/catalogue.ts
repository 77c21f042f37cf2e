import en from "@/lib/platform/i18n/messages/en.json";
import ja from "@/lib/platform/i18n/messages/ja.json";

/**
 * Whether a message key shows a real message in both languages. Forms translate a key from the
 * shared `validation` section first and then from their own (`records.validation`,
 * `ojt.validation`…), so a key counts when some candidate path holds text in ja AND en.
 */

type Tree = { readonly [key: string]: unknown };

function textAt(catalogue: Tree, dotted: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of dotted.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Tree)[part];
  }
  return typeof node === "string" && node !== "" ? node : undefined;
}

export function isCatalogueKey(dotted: string): boolean {
  return textAt(ja, dotted) !== undefined && textAt(en, dotted) !== undefined;
}

/** A schema's issue message (`validation.tooLong`) as its forms look it up. */
export function resolvesSchemaMessage(message: string, sections: readonly string[]): boolean {
  return [message, ...sections.map((section) => `${section}.${message}`)].some(isCatalogueKey);
}

/** A key a FormState carries (`tooLong`, `notFound`), looked up under the given sections. */
export function resolvesFormKey(key: string, sections: readonly string[]): boolean {
  return sections.some((section) => isCatalogueKey(`${section}.${key}`));
}
