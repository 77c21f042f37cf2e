import { Fragment } from "react";
import { shownTrail, type UnitTrail } from "@/lib/org/unit-trail";

/**
 * A unit named by its trail, 「消防局 › 総務部 › 企画課 › 庶務係」, the unit itself last and
 * primary. `bureau`: the bureau the page is already inside (lib/org/unit-trail.ts), left out.
 * The › is decoration, hidden from screen readers, which read the names with a pause between.
 */
export function UnitName({ trail, bureau }: { trail: UnitTrail; bureau?: string | null }) {
  const shown = shownTrail(trail, bureau);
  const last = shown.length - 1;
  return (
    <span className="unit-name">
      {shown.map((name, i) =>
        i < last ? (
          <Fragment key={i}>
            <span className="unit-above">
              {name}
              {"\u00a0"}
              <span aria-hidden="true">›</span>
            </span>{" "}
          </Fragment>
        ) : (
          <span key={i} className="unit-own">
            {name}
          </span>
        ),
      )}
    </span>
  );
}
