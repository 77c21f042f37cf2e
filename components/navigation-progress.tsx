"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** The page as usePathname and useSearchParams give it, read from the window in an event. */
const currentPage = () => `${window.location.pathname}?${new URLSearchParams(window.location.search).toString()}`;

/** Longer than any page takes; a bar left running after a failed request would say something false. */
const GIVE_UP_MS = 20_000;

/**
 * A thin bar at the top of the window from the moment a link inside the portal is followed or a
 * form is sent until the next page (or the form's answer) is on screen: without it the old page
 * stood still for one to three seconds at city scale and people clicked again. The server still
 * answers only once it knows the record is in scope (no loading.tsx: a 404 is never preceded by
 * a 200); this only shows that something is happening. Screen readers hear 「読み込み中」 once.
 */
export function NavigationProgress({ label }: { label: string }) {
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  // Busy on the page where the wait began: a new page arriving ends it by itself.
  const [wait, setWait] = useState<{ on: string; by: "link" | "form" } | null>(null);
  const busy = wait?.on === here;
  const byForm = busy && wait?.by === "form";

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      // Another site, a file download route or a jump within the page: nothing for the portal to render.
      if (
        to.origin !== window.location.origin ||
        to.pathname.includes("/export") ||
        (to.pathname === window.location.pathname && to.search === window.location.search)
      )
        return;
      setWait({ on: currentPage(), by: "link" });
    };
    const onSubmit = (event: SubmitEvent) => {
      if (!event.defaultPrevented) setWait({ on: currentPage(), by: "form" });
    };
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
    };
  }, []);

  // A form answered in place (a field error, 「保存しました」) changes the main area without a new
  // page: that is the end of its wait too.
  useEffect(() => {
    if (!busy) return;
    const main = document.getElementById("main");
    const observer = byForm && main ? new MutationObserver(() => setWait(null)) : null;
    observer?.observe(main!, { childList: true, subtree: true, characterData: true });
    const timer = window.setTimeout(() => setWait(null), GIVE_UP_MS);
    return () => {
      observer?.disconnect();
      window.clearTimeout(timer);
    };
  }, [busy, byForm]);

  return (
    <div className="navigation-progress" data-busy={busy ? "" : undefined}>
      <span role="status" className="sr-only">
        {busy ? label : ""}
      </span>
    </div>
  );
}
