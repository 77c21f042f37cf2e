import type { ReactNode } from "react";

/** A data table: always with a caption (shown or visually hidden) so it is named. */
export function Table({ caption, captionHidden = false, children }: { caption: string; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-8 border border-solid-gray-420">
      <table className="w-full border-collapse text-left text-std-16N-170">
        <caption className={captionHidden ? "sr-only" : "px-4 py-2 text-left text-std-16B-170 text-solid-gray-900"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, numeric = false, scope = "col" }: { children: ReactNode; numeric?: boolean; scope?: "col" | "row" }) {
  return (
    <th
      scope={scope}
      // Headers never break mid-word (Japanese wraps between any two characters): a wide table
      // scrolls sideways instead of stacking 職員数 one character per line.
      className={`px-4 py-2 text-std-16B-170 whitespace-nowrap ${scope === "col" ? "border-b border-solid-gray-420 bg-solid-gray-50" : "border-b border-solid-gray-200"} ${numeric ? "text-right" : ""}`}
    >
      {children}
    </th>
  );
}

/** `nowrap` for short labels (unit names) that Japanese would otherwise break between any two characters. */
export function Td({ children, numeric = false, nowrap = false }: { children: ReactNode; numeric?: boolean; nowrap?: boolean }) {
  return <td className={`border-b border-solid-gray-200 px-4 py-2 ${numeric ? "text-right tabular-nums" : ""} ${nowrap || numeric ? "whitespace-nowrap" : ""}`}>{children}</td>;
}
