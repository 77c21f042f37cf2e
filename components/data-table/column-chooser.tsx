import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/**
 * The columns a reader wants, as a small GET form: the choice becomes the URL's `cols` (read by
 * lib/platform/paging/table-view.ts), so it is kept in a bookmark or a shared link and needs no script.
 * Folded away until asked for; the rest of the view (sort, open groups, filters) rides along
 * in hidden fields.
 */
export async function ColumnChooser({
  action,
  keep,
  columns,
  chosen,
}: {
  action: string;
  keep: Record<string, string>;
  columns: { key: string; label: string }[];
  chosen: readonly string[];
}) {
  const t = await getTranslations("dataTable");
  return (
    <details className="print-hidden mb-3">
      <summary className="min-h-11 cursor-pointer py-2 text-std-16B-170 text-blue-1000">{t("chooseColumns")}</summary>
      <form method="get" action={action} className="mt-2 flex flex-col gap-3">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {/* Sent even with every box cleared, so "none" is told apart from "never chosen". */}
        <input type="hidden" name="cols" value="" />
        <fieldset>
          <legend className="mb-2 text-std-16N-170">{t("columnsLegend")}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {columns.map((column) => (
              <label key={column.key} className="check">
                <input type="checkbox" name="cols" value={column.key} defaultChecked={chosen.includes(column.key)} />
                {column.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <Button type="submit" variant="secondary" size="sm">
            {t("showColumns")}
          </Button>
        </div>
      </form>
    </details>
  );
}
