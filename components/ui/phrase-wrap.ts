/**
 * Japanese wraps between phrases (文節) rather than between any two characters: a heading keeps
 * 「シート」 whole, a table cell keeps 「令和8年度」 whole, a button keeps 「取り消す」 whole.
 * For headings, tables and controls, not running text, where an even right edge reads better.
 * (The class `phrase`, app/globals.css.) Chromium only; other browsers wrap as before. A phrase longer than the whole line (a long
 * katakana word in a heading on a phone) still breaks rather than pushing the page sideways.
 */
export const PHRASE_WRAP = "phrase";
