/**
 * A period in a table cell as two lines that never break inside a date, 「令和8年6月10日～」 over
 * 「令和8年6月11日」: in a narrow column it otherwise broke anywhere (「令和8年6月10日～令和」 …).
 * `text` is the catalogue's wording of the whole period; the line breaks just before `end` in it.
 */
export function DateRange({ text, end }: { text: string; end: string }) {
  const cut = text.lastIndexOf(end);
  if (cut <= 0) return text;
  return (
    <>
      <span className="block whitespace-nowrap">{text.slice(0, cut).trimEnd()}</span>
      <span className="block whitespace-nowrap">{text.slice(cut)}</span>
    </>
  );
}
