import { describe, expect, it } from "vitest";
import { z } from "zod";
import { optionalText, requiredText } from "./fields";
import { removeAllInvisibleFormatting, removeInvisibleFormatting } from "./text-characters";

const BIDI_CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
const ZERO_WIDTH = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
const hex = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()}`;

// 👩‍💻 (woman, ZWJ, laptop) and 👨🏽‍👩‍👧 (with a skin tone): one emoji each only with their joiners.
const TECHNOLOGIST = "\u{1F469}\u200D\u{1F4BB}";
const FAMILY = "\u{1F468}\u{1F3FD}\u200D\u{1F469}\u200D\u{1F467}";
const HEART_ON_FIRE = "\u2764\uFE0F\u200D\u{1F525}";

describe("removing direction controls and zero-width characters", () => {
  it("takes every one out of a name, a joiner too", () => {
    for (const character of [...BIDI_CONTROLS, ...ZERO_WIDTH]) {
      expect(removeAllInvisibleFormatting(`修了証${character}.pdf`), hex(character)).toBe("修了証.pdf");
    }
    expect(removeAllInvisibleFormatting("\u202Efdp.exe")).toBe("fdp.exe");
    expect(removeAllInvisibleFormatting(TECHNOLOGIST)).toBe("\u{1F469}\u{1F4BB}");
  });

  it("takes every one out of free text, except a joiner inside an emoji sequence", () => {
    for (const character of [...BIDI_CONTROLS, ...ZERO_WIDTH]) {
      expect(removeInvisibleFormatting(`窓口${character}対応`), hex(character)).toBe("窓口対応");
    }
    for (const emoji of [TECHNOLOGIST, FAMILY, HEART_ON_FIRE]) expect(removeInvisibleFormatting(`研修 ${emoji} 完了`)).toBe(`研修 ${emoji} 完了`);
    // A joiner beside a pictograph but not between two is no sequence.
    expect(removeInvisibleFormatting("\u{1F469}\u200D研修")).toBe("\u{1F469}研修");
    expect(removeInvisibleFormatting("研修\u200D\u{1F4BB}")).toBe("研修\u{1F4BB}");
    // Around a sequence, the others still go.
    expect(removeInvisibleFormatting(`\u202E${TECHNOLOGIST}\u200B`)).toBe(TECHNOLOGIST);
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["青葉 花子", "Aoba Hanako", "ｶﾀｶﾅ・全角　空白", "一行目\n二行目\tタブ", "🙂"]) {
      expect(removeInvisibleFormatting(text)).toBe(text);
      expect(removeAllInvisibleFormatting(text)).toBe(text);
    }
  });
});

describe("the shared text fields", () => {
  const form = z.object({ title: requiredText(), note: optionalText() });

  it("store text without direction overrides or zero-width characters", () => {
    const parsed = form.parse({ title: "\u202E報告書\u200B", note: `\u2066メモ\u2069 ${TECHNOLOGIST}\uFEFF` });
    expect(parsed).toEqual({ title: "報告書", note: `メモ ${TECHNOLOGIST}` });
  });

  it("count a title of nothing but invisible characters as empty, and still refuse control characters", () => {
    const empty = form.safeParse({ title: "\u200B\u202E\u2060" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("validation.required");
    const control = form.safeParse({ title: "報告\u0000書" });
    expect(control.error?.issues[0]?.message).toBe("validation.invalidCharacters");
  });

  it("measure the length after removing them", () => {
    expect(requiredText(3).safeParse("\u200B".repeat(50) + "報告書").success).toBe(true);
  });
});
