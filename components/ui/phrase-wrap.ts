/**
 * Japanese wraps between phrases (文節) rather than between any two characters: a heading keeps
 * 「シート」 whole, a table cell keeps 「令和8年度」 whole, a button keeps 「取り消す」 whole.
 * For headings, tables and controls, not running text, where an even right edge reads better.
 * Chromium only; other browsers wrap as before.
 */
export const PHRASE_WRAP = "[word-break:auto-phrase]";
