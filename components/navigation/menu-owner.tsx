"use client";

import { useEffect, useSyncExternalStore } from "react";

/**
 * The menu entry a detail page belongs to. /plans/12 lies under no menu's path, yet a supervisor
 * reached it from チーム and its owner from マイページ: only the page knows which, so it says so
 * here (through its breadcrumbs) and the menu, rendered above it by the layout, listens. Until the
 * page has hydrated the menu falls back to matching paths.
 */
let owner: string | null = null;
const listeners = new Set<() => void>();

function setOwner(href: string | null) {
  owner = href;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The href of the menu entry the page on screen has claimed, or null. */
export function useMenuOwner(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => owner,
    () => null,
  );
}

/** Claims the menu entry at `href` for as long as the page showing it is on screen. */
export function MenuOwner({ href }: { href: string }) {
  useEffect(() => {
    setOwner(href);
    return () => setOwner(null);
  }, [href]);
  return null;
}
