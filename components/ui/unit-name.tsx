"use client";

import { shownTrail, type UnitTrail } from "@/lib/people/org/unit-trail";

/**
 * A unit named by its trail, 「消防局 › 総務部 › 企画課 › 庶務係」, the unit itself last and
 * primary. `bureau`: the bureau the page is already inside (lib/people/org/unit-trail.ts), left out.
 * The › is drawn by app/globals.css after each unit above, as decoration screen readers skip
 * (they read the names with a pause between); a trail is repeated on every row of a team's
 * tables, each sent twice (HTML and RSC payload), so it is kept to one span per name. A client
 * component, so that a server component's table sends the trail as data (its names alone) in the
 * RSC payload rather than its spans; it still renders on the server, to the same markup.
 */
export function UnitName({ trail, bureau }: { trail: UnitTrail; bureau?: string | null }) {
  const shown = shownTrail(trail, bureau);
  const last = shown.length - 1;
  // A unit alone (a 部 of the page's bureau): one span, as many as a table of units has rows.
  if (last === 0) return <span className="unit-name unit-own">{shown[0]}</span>;
  return (
    <span className="unit-name">
      {shown.map((name, i) =>
        i < last ? (
          // The space after each name is where a long trail may wrap.
          [
            <span key={i} className="unit-above">
              {name}
            </span>,
            " ",
          ]
        ) : (
          <span key={i} className="unit-own">
            {name}
          </span>
        ),
      )}
    </span>
  );
}
